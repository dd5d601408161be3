import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tools/spec-draft/src → ../../..). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The mirrored official docs live beside the checkout, in shared/wangdian-docs. */
export const docsDir = join(repoRoot, '..', 'shared', 'wangdian-docs');
export const pagesDir = join(docsDir, 'pages');
export const catalogFile = join(docsDir, 'catalog.md');
export const specsDir = join(repoRoot, 'specs');
