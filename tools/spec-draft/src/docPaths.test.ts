// Where the checks against the official pages find them: the mirror is not part of the repository.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findDocsMirror, fixturePagesDir } from './docPaths.ts';

const fixtureDocs = dirname(fixturePagesDir);
const empty = mkdtempSync(join(tmpdir(), 'wdt-no-mirror-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('findDocsMirror', () => {
  it('takes the folder WDT_DOCS_DIR names, relative to the working directory or absolute', () => {
    expect(findDocsMirror({ WDT_DOCS_DIR: fixtureDocs })).toBe(fixtureDocs);
    expect(findDocsMirror({ WDT_DOCS_DIR: relative(process.cwd(), fixtureDocs) })).toBe(fixtureDocs);
  });

  it('refuses a WDT_DOCS_DIR without pages/ rather than skip the checks it was meant to enable', () => {
    expect(() => findDocsMirror({ WDT_DOCS_DIR: empty })).toThrow(`${join(empty, 'pages')} does not exist`);
  });

  // Regression: it used to look beside the checkout (../shared), outside the repository a user clones.
  it('has no mirror without WDT_DOCS_DIR: nothing outside the repository is looked for', () => {
    expect(findDocsMirror({})).toBeUndefined();
  });
});
