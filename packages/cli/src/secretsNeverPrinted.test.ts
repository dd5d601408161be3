// Every usage error, with a known secret in every position of the command line: nothing printed
// may contain it. Regression: `--app-secrets=…`, and the secret passed to --output or --timeout,
// were quoted back in the error.
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './main.js';
import { testIo } from './testing/testIo.js';

const HALF = '0123456789abcdef0123456789abcdef';
// Secrets are hex: one may start with a letter and pass for an option or method name.
const LETTER_FIRST = 'abcdef0123456789abcdef0123456789';
const SALT = 'fedcba9876543210fedcba9876543210';
// The whole "secret:salt", the secret half alone (no colon), and a secret that starts with a letter.
const SECRETS = [`${HALF}:${SALT}`, HALF, LETTER_FIRST];
const S = '\u0000SECRET';

// Each line is a usage error as written; S marks where the secret goes.
const USAGE_ERRORS: string[][] = [
  [`--app-secrets=${S}`, 'list'],
  ['--output', S, 'list'],
  ['--output', S, 'wms.stockin.PreStockin.cancel', 'RK1'],
  ['--timeout', S, 'wms.stockin.PreStockin.cancel', 'RK1'],
  ['--base-url', S, 'wms.stockin.PreStockin.cancel', 'RK1'],
  ['--profile', S, 'wms.stockin.PreStockin.cancel', 'RK1'],
  ['wms.stockout.Sales.weighingExt', 'ZS1', '', '1.2', S, 'false'],
  ['wms.stockin.PreStockin.cancel', 'RK1', S],
  ['wms.stockin.PreStockin.cancel', '--json', S],
  ['wms.stockin.PreStockin.cancel', '--file', S],
  ['wms.stockother.InQuery.queryWithDetail', '--page-size', S],
  ['wms.stockother.InQuery.queryWithDetail', '--time_type', S],
  ['wms.stockother.InQuery.queryWithDetail', `--nope=${S}`],
  ['call', S],
  ['call', 'wms.stockin.PreStockin.cancel', S],
  ['describe', S],
  ['help', S],
  ['list', '--category', S],
  ['list', '--group', S],
  ['completion', S],
  ['configure', '--profile', `${S}:x`],
  [S],
  [`--${S}`],
  ['mock', '--port', S],
  ['mock', S],
  ['mock', `--bogus=${S}`],
];

/** The line as given, with the secret inserted before each argument and after the last, and in place of each argument. */
function variants(line: readonly string[]): string[][] {
  const out = [[...line]];
  for (let i = 0; i <= line.length; i++) out.push([...line.slice(0, i), S, ...line.slice(i)]);
  for (let i = 0; i < line.length; i++) if (!line[i]!.includes(S)) out.push([...line.slice(0, i), S, ...line.slice(i + 1)]);
  return out;
}

let baseUrl = '';
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('{"status":0}'));
});
const configDir = mkdtempSync(join(tmpdir(), 'wdt-secrets-'));
const configPath = join(configDir, 'wdt', 'config.json');
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi`;
  // Credentials from a profile, not WDT_APP_SECRET: the last-guard redaction of known secrets
  // must not hide a message that quotes what was typed.
  mkdirSync(join(configDir, 'wdt'), { mode: 0o700 });
  writeFileSync(configPath, JSON.stringify({ profiles: { default: { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: `${HALF}:${SALT}`, baseUrl } } }), { mode: 0o600 });
});
afterAll(() => {
  server.close();
  rmSync(configDir, { recursive: true, force: true });
});

describe.each(SECRETS)('no output contains the secret %s', (secret) => {
  it.each(USAGE_ERRORS.map((line) => [line.join(' ').replaceAll(S, '<secret>'), line] as const))('%s, with the secret in every position', async (_label, line) => {
    let usageErrors = 0;
    for (const variant of variants(line)) {
      const argv = variant.map((arg) => arg.replaceAll(S, secret));
      const io = testIo({ WDT_CONFIG: configPath });
      const code = await runCli(argv, io);
      const printed = io.out() + io.err();
      for (const part of [secret, HALF, SALT, LETTER_FIRST]) expect(printed, `wdt ${argv.join(' ')}`).not.toContain(part);
      expect([0, 1, 2, 64, 69]).toContain(code);
      if (code === 64) usageErrors++;
    }
    // The line itself is a usage error, and so are most of its variants.
    expect(usageErrors).toBeGreaterThan(0);
  });
});

// The secret pasted into the wrong variable.
describe.each(SECRETS)('no output contains the secret %s given in the wrong variable', (secret) => {
  it.each(['WDT_BASE_URL', 'WDT_PROFILE', 'WDT_CONFIG'])('%s', async (variable) => {
    for (const argv of [['wms.stockin.PreStockin.cancel', 'RK1'], ['configure', 'list'], ['list', '--search', 'x']]) {
      const io = testIo({ WDT_CONFIG: configPath, [variable]: secret });
      const code = await runCli(argv, io);
      for (const part of [secret, HALF, SALT, LETTER_FIRST]) expect(io.out() + io.err(), `${variable} wdt ${argv.join(' ')}`).not.toContain(part);
      expect([0, 64]).toContain(code);
    }
  });
});
