import { fileURLToPath } from 'node:url';

/** The repository root, for tests that run built packages and binaries. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The default mock account (product.md). Tests assert its secret never appears in any output. */
export const mockAccount = {
  sid: 'wdtapi3',
  appKey: 'wdt_test',
  appSecret: '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210',
} as const;

/** The part of the appSecret that must never be printed. */
export const SECRET = '0123456789abcdef0123456789abcdef';
