// `wdt configure` and `wdt configure list` run in process: where the secret comes from, how the
// file is written, and what is refused. The terminal prompt is tested in wdtBinary.test.ts.
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './main.js';
import { testIo } from './testing/testIo.js';

const SECRET = '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210';
const root = mkdtempSync(join(tmpdir(), 'wdt-configure-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A fresh config location under its own `wdt` directory. */
const freshConfig = () => join(root, `case${n++}`, 'wdt', 'config.json');
const saved = (path: string) => JSON.parse(readFileSync(path, 'utf8')).profiles;

async function wdt(argv: string[], env: NodeJS.ProcessEnv, input = '') {
  const io = testIo(env, input);
  const code = await runCli(argv, io);
  expect(io.out() + io.err(), 'the secret is never printed').not.toContain(SECRET.split(':')[0]);
  return { code, out: io.out(), err: io.err() };
}

describe('where configure reads the secret', () => {
  it.each<[string, NodeJS.ProcessEnv, string]>([
    ['WDT_APP_SECRET', { WDT_APP_SECRET: SECRET }, ''],
    ['the first line of stdin when it is not a terminal', {}, `${SECRET}\nignored\n`],
  ])('%s', async (_label, env, input) => {
    const path = freshConfig();
    const run = await wdt(['configure', '--profile', 'prod', '--sid', 'wdtapi3', '--app-key', 'wdt_test'], { WDT_CONFIG: path, ...env }, input);
    expect(run.code).toBe(0);
    expect(saved(path).prod).toEqual({ sid: 'wdtapi3', appKey: 'wdt_test', appSecret: SECRET });
    expect(run.err).toMatch(/^wdt: profile "prod" saved to .* \(mode 0600\)\n$/);
  });

  it('refuses a secret without its salt and writes nothing', async () => {
    const path = freshConfig();
    const run = await wdt(['configure', '--sid', 'wdtapi3'], { WDT_CONFIG: path, WDT_APP_SECRET: SECRET.split(':')[0] });
    expect(run.code).toBe(64);
    expect(run.err).toMatch(/"secret:salt"/);
    expect(existsSync(path)).toBe(false);
  });
});

describe('the file', () => {
  it('is mode 0600 in a 0700 directory, replaced atomically (no temporary file left)', async () => {
    const path = freshConfig();
    await wdt(['configure', '--sid', 'a'], { WDT_CONFIG: path, WDT_APP_SECRET: SECRET });
    expect((await wdt(['configure', '--base-url', 'http://127.0.0.1:1/openapi'], { WDT_CONFIG: path })).code).toBe(0);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(path, '..')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(path, '..'))).toEqual(['config.json']);
    expect(saved(path).default).toEqual({ sid: 'a', appSecret: SECRET, baseUrl: 'http://127.0.0.1:1/openapi' });
  });

  // Regression: an existing 0755 directory was kept, and the file was written before its mode was fixed.
  it('tightens an existing looser wdt directory to 0700, and an existing 0644 file to 0600', async () => {
    const path = freshConfig();
    mkdirSync(join(path, '..'), { recursive: true, mode: 0o755 });
    chmodSync(join(path, '..'), 0o755);
    writeFileSync(path, '{"profiles":{}}', { mode: 0o644 });
    expect((await wdt(['configure', '--sid', 'a'], { WDT_CONFIG: path, WDT_APP_SECRET: SECRET })).code).toBe(0);
    expect(statSync(join(path, '..')).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it.each<[string, (path: string) => void, RegExp]>([
    ['a config file that is a symbolic link', (path) => {
      mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
      writeFileSync(`${path}.target`, '{"profiles":{}}');
      symlinkSync(`${path}.target`, path);
    }, /symbolic link/],
    ['a config directory that is a symbolic link', (path) => {
      mkdirSync(join(path, '..', '..', 'real'), { recursive: true, mode: 0o700 });
      symlinkSync(join(path, '..', '..', 'real'), join(path, '..'));
    }, /symbolic link/],
    ['a directory others can read that is not wdt\'s own', (path) => {
      mkdirSync(join(path, '..'), { recursive: true });
      chmodSync(join(path, '..'), 0o755);
    }, /can be read by other users/],
  ])('refuses %s and writes no secret', async (_label, prepare, message) => {
    const path = label(freshConfig(), _label);
    prepare(path);
    const run = await wdt(['configure', '--sid', 'a'], { WDT_CONFIG: path, WDT_APP_SECRET: SECRET });
    expect(run.code).toBe(64);
    expect(run.err).toMatch(message);
    for (const name of readdirSync(join(path, '..'))) if (!lstatSync(join(path, '..', name)).isSymbolicLink()) expect(readFileSync(join(path, '..', name), 'utf8')).not.toContain(SECRET);
  });
});

/** A path whose directory is not named wdt for the "not wdt's own" case. */
function label(path: string, caseLabel: string): string {
  return caseLabel.includes("not wdt's own") ? join(path, '..', '..', 'shared', 'config.json') : path;
}

// Regression: `--profile __proto__` reported success and wrote nothing.
describe('profile names', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '../etc', 'a b', ''])('refuses %j', async (name) => {
    const path = freshConfig();
    const run = await wdt(['configure', '--profile', name, '--sid', 'a'], { WDT_CONFIG: path, WDT_APP_SECRET: SECRET });
    expect(run.code).toBe(64);
    expect(run.err).toMatch(/profile name .* is not allowed/);
    expect(existsSync(path)).toBe(false);
  });
  it('a profile named constructor is not found in a file without it', async () => {
    const path = freshConfig();
    await wdt(['configure', '--sid', 'a'], { WDT_CONFIG: path, WDT_APP_SECRET: SECRET });
    const run = await wdt(['--profile', 'constructor', 'wms.stockin.PreStockin.cancel', 'RK1', '--dry-run'], { WDT_CONFIG: path });
    expect(run.code).toBe(64);
    expect(run.err).toMatch(/no profile "constructor"/);
  });
});

describe('configure list and profiles', () => {
  it.each([['configure', 'list'], ['profiles']])('%s shows every profile without its secret, the active one marked', async (...argv) => {
    const path = freshConfig();
    await wdt(['configure', '--sid', 's1', '--app-key', 'k1'], { WDT_CONFIG: path, WDT_APP_SECRET: SECRET });
    await wdt(['configure', '--profile', 'staging', '--sid', 's2', '--test'], { WDT_CONFIG: path });
    const run = await wdt(argv, { WDT_CONFIG: path });
    expect(run.code).toBe(0);
    expect(run.out.split('\n')[0]).toMatch(/^profile\s+sid\s+app key\s+secret\s+endpoint\s+confirm writes$/);
    expect(run.out).toMatch(/default \*\s+s1\s+k1\s+set\s+\(production\)/);
    expect(run.out).toMatch(/staging\s+s2\s+not set\s+http:\/\/47\.92\.239\.46\/openapi/);
  });

  it('configure --help lists its options and where the secret comes from', async () => {
    const run = await wdt(['configure', '--help'], {});
    for (const option of ['--profile <name>', '--sid <sid>', '--app-key <key>', '--base-url <url>', '--test', '--confirm-writes', 'WDT_APP_SECRET', 'without echo', 'stdin', 'configure list']) expect(run.out).toContain(option);
  });
});
