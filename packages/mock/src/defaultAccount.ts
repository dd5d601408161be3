import type { WdtCredentials } from '@wdt-kit/core';

/** The account a mock accepts unless told otherwise (product.md, "Mock"). Made up; not a real seller. */
export const DEFAULT_MOCK_ACCOUNT: Readonly<WdtCredentials> = Object.freeze({
  sid: 'wdtapi3',
  appKey: 'wdt_test',
  appSecret: '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210',
});
