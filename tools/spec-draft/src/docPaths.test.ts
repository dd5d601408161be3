// Where the checks against the official pages find them: the mirror is not part of the repository.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { besideCheckout, findDocsMirror, fixturePagesDir, repoRoot } from './docPaths.ts';

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

  it('falls back to ../shared/wangdian-docs beside the checkout when it has pages/, else to no mirror', () => {
    expect(besideCheckout).toBe(resolve(repoRoot, '..', 'shared', 'wangdian-docs'));
    expect(findDocsMirror({})).toBe(existsSync(join(besideCheckout, 'pages')) ? besideCheckout : undefined);
  });
});
