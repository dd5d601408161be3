import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tools/spec-draft/src → ../../..). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const specsDir = join(repoRoot, 'specs');

/** Says how to provide the mirror, for the messages of whatever needs it. */
export const howToProvideMirror = 'set WDT_DOCS_DIR to the mirrored official docs (the folder with pages/ and catalog.md)';

/**
 * The mirrored official doc pages (pages/<method>.md, catalog.md), which are not part of the
 * repository and never looked for outside it: WDT_DOCS_DIR when set (it must then exist), else
 * undefined: a clone on its own has no mirror, and only the check of every spec against every page
 * needs one (CI's .ci/run sets WDT_DOCS_DIR where its machine has the mirror).
 */
export function findDocsMirror(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.WDT_DOCS_DIR) {
    const dir = resolve(env.WDT_DOCS_DIR);
    if (!existsSync(join(dir, 'pages'))) throw new Error(`WDT_DOCS_DIR=${env.WDT_DOCS_DIR}: ${join(dir, 'pages')} does not exist`);
    return dir;
  }
  return undefined;
}

/** The catalog that sits beside a mirror's pages folder (pages/../catalog.md). */
export const catalogBeside = (pagesDir: string) => join(pagesDir, '..', 'catalog.md');

/** The drafter's test inputs: a few pages and catalog rows copied from the mirror (testdata/README.md). */
export const fixturePagesDir = join(repoRoot, 'tools', 'spec-draft', 'testdata', 'wangdian-docs', 'pages');
