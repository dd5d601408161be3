// scripts/buildPackage.mjs, the build of every public package, on a small package of its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/repoRoot.js';

const work = mkdtempSync(join(tmpdir(), 'wdt-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function makePackage(files: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'pkg-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', type: 'module' }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'src', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'src', name), text);
  }
  return dir;
}
const build = (dir: string, ...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'scripts/buildPackage.mjs'), ...args], { cwd: dir, encoding: 'utf8' });

const SOURCES = {
  'index.ts': "export { greet } from './greet.js';\nexport const VERSION: string = '1';\n",
  'greet.ts': '/** Says hello. */\nexport function greet(name: string): string {\n  return `hello ${name}`;\n}\n',
  'generated/table.ts': 'export const table: Record<string, number> = {\n  "a": 1,\n  "b": 2\n};\n',
  'greet.test.ts': 'throw new Error("tests do not ship");\n',
  'testing/helper.ts': 'export const helper = 1;\n',
};

describe('buildPackage', () => {
  it('writes ES modules, CommonJS copies and declarations per file, and ships no tests', async () => {
    const dir = makePackage(SOURCES);
    expect(build(dir, '--cjs').status).toBe(0);
    const dist = join(dir, 'dist');
    for (const file of ['index.js', 'index.d.ts', 'greet.js', 'greet.d.ts', 'generated/table.js', 'cjs/index.js', 'cjs/index.d.ts', 'cjs/greet.d.ts', 'cjs/package.json']) {
      expect(existsSync(join(dist, file)), file).toBe(true);
    }
    expect(existsSync(join(dist, 'greet.test.js'))).toBe(false);
    expect(existsSync(join(dist, 'testing'))).toBe(false);
    // The declarations exist once, in the CommonJS copy; the ES module's re-export them (regression: the
    // client shipped every declaration twice and outgrew its 5 MB).
    expect(readFileSync(join(dist, 'cjs/greet.d.ts'), 'utf8')).toContain('/** Says hello. */\nexport declare function greet(name: string): string;');
    expect(readFileSync(join(dist, 'greet.d.ts'), 'utf8')).toBe("export * from './cjs/greet.js';\n");
    expect(readFileSync(join(dist, 'generated/table.d.ts'), 'utf8')).toBe("export * from '../cjs/generated/table.js';\n");
    // Generated data ships without indentation; hand-written modules stay readable.
    expect(readFileSync(join(dist, 'generated/table.js'), 'utf8')).not.toContain('\n  ');
    expect(readFileSync(join(dist, 'greet.js'), 'utf8')).toContain('\n  return');
    const esm = await import(join(dist, 'index.js'));
    expect(esm.greet('x')).toBe('hello x');
    const cjs = spawnSync(process.execPath, ['-e', `console.log(require(${JSON.stringify(join(dist, 'cjs/index.js'))}).greet('y'))`], { encoding: 'utf8' });
    expect(cjs.stdout.trim()).toBe('hello y');
  });

  it('rewrites only the outputs of changed sources and removes those of deleted ones', () => {
    const dir = makePackage(SOURCES);
    expect(build(dir, '--cjs').status).toBe(0);
    const old = new Date('2020-01-01T00:00:00Z');
    for (const file of ['greet.d.ts', 'index.d.ts', 'cjs/greet.js']) utimesSync(join(dir, 'dist', file), old, old);
    writeFileSync(join(dir, 'src/index.ts'), "export { greet } from './greet.js';\nexport const VERSION: string = '2';\n");
    rmSync(join(dir, 'src/generated/table.ts'));
    expect(build(dir, '--cjs').status).toBe(0);
    expect(statSync(join(dir, 'dist/greet.d.ts')).mtimeMs).toBe(old.getTime());
    expect(statSync(join(dir, 'dist/cjs/greet.js')).mtimeMs).toBe(old.getTime());
    expect(readFileSync(join(dir, 'dist/cjs/index.js'), 'utf8')).toContain('"2"');
    expect(existsSync(join(dir, 'dist/generated/table.js'))).toBe(false);
    expect(existsSync(join(dir, 'dist/cjs/generated/table.d.ts'))).toBe(false);
  });

  it('fails with file:line:col when an export needs an explicit type for its declaration', () => {
    const dir = makePackage({ 'index.ts': 'export const doubled = [1, 2].map((n) => n * 2);\n' });
    const run = build(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('src/index.ts:1:14: Variable must have an explicit type annotation');
  });

  it('gives --untyped folders no declarations and an esbuild CommonJS copy (the mock\'s handler table)', () => {
    const dir = makePackage(SOURCES);
    expect(build(dir, '--cjs', '--untyped', 'generated').status).toBe(0);
    expect(existsSync(join(dir, 'dist/generated/table.d.ts'))).toBe(false);
    expect(existsSync(join(dir, 'dist/greet.d.ts'))).toBe(true);
    const cjs = spawnSync(process.execPath, ['-e', `console.log(require(${JSON.stringify(join(dir, 'dist/cjs/generated/table.js'))}).table.b)`], { encoding: 'utf8' });
    expect(cjs.stdout.trim()).toBe('2');
  });

  it('writes no declarations with --no-declarations (the CLI exports no types)', () => {
    const dir = makePackage(SOURCES);
    expect(build(dir, '--no-declarations').status).toBe(0);
    expect(existsSync(join(dir, 'dist/index.js'))).toBe(true);
    expect(existsSync(join(dir, 'dist/index.d.ts'))).toBe(false);
  });
});
