import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolder } from '../testing/specFixtures.js';
import { writeGeneratedFiles } from './writeGeneratedFiles.js';

// What makes an edit to one spec cheap downstream: files whose content is unchanged are not touched.
describe('writeGeneratedFiles touches only what differs', () => {
  const setUp = () => {
    const out = join(scratchFolder('write-'), 'generated');
    writeGeneratedFiles(out, new Map([['a.ts', 'A'], ['methods/b.ts', 'B'], ['methods/c.ts', 'C']]));
    const old = new Date('2020-01-01T00:00:00Z');
    for (const file of ['a.ts', 'methods/b.ts', 'methods/c.ts']) utimesSync(join(out, file), old, old);
    return { out, old: old.getTime() };
  };

  it('keeps the bytes and mtime of unchanged files and rewrites changed ones', () => {
    const { out, old } = setUp();
    const report = writeGeneratedFiles(out, new Map([['a.ts', 'A'], ['methods/b.ts', 'B2'], ['methods/c.ts', 'C']]));
    expect(report).toEqual({ written: 1, unchanged: 2, removed: 0 });
    expect(statSync(join(out, 'a.ts')).mtimeMs).toBe(old);
    expect(statSync(join(out, 'methods/c.ts')).mtimeMs).toBe(old);
    expect(readFileSync(join(out, 'methods/b.ts'), 'utf8')).toBe('B2');
  });

  it('removes files (and emptied folders) no longer generated, e.g. after a spec is deleted', () => {
    const { out } = setUp();
    const report = writeGeneratedFiles(out, new Map([['a.ts', 'A']]));
    expect(report).toEqual({ written: 0, unchanged: 1, removed: 2 });
    expect(existsSync(join(out, 'methods'))).toBe(false);
  });

  it('creates the folder on a first run and leaves no temp files', () => {
    const out = join(scratchFolder('write-'), 'fresh');
    mkdirSync(join(out, '..'), { recursive: true });
    writeGeneratedFiles(out, new Map([['x/y.ts', 'Y']]));
    writeFileSync(join(out, 'x/keep-me-not.tmp'), 'stale');
    expect(writeGeneratedFiles(out, new Map([['x/y.ts', 'Y']]))).toEqual({ written: 0, unchanged: 1, removed: 1 });
  });
});
