// The built `wdt` binary against a loopback server that answers canned envelopes: exit codes,
// stdout/stderr, and no secret anywhere.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/wdt.mjs', import.meta.url));
const spawnSyncOk = (command: string, args: string[]) => spawnSync(command, args).status === 0;
const SECRET = '0123456789abcdef0123456789abcdef';
const credentials = { WDT_SID: 'wdtapi3', WDT_APP_KEY: 'wdt_test', WDT_APP_SECRET: `${SECRET}:fedcba9876543210fedcba9876543210` };

let answer = '{"status":0}';
let received = 0;
let baseUrl = '';
const server = createServer((req, res) => {
  received++;
  req.resume();
  req.on('end', () => res.end(answer));
});
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi`;
});
afterAll(() => server.close());

/** Runs the binary without blocking this process (the canned server lives here). */
async function wdt(args: string[], { env = {}, input }: { env?: Record<string, string | undefined>; input?: string } = {}) {
  const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH, ...credentials, WDT_BASE_URL: baseUrl, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  child.stdin.on('error', () => undefined); // the CLI may stop reading early
  child.stdin.end(input ?? '');
  const [status] = (await once(child, 'close')) as [number];
  const run = { status, stdout, stderr };
  expect(run.stdout + run.stderr, 'the secret must never be printed').not.toContain(SECRET);
  expect(run.stderr, 'no stack traces').not.toMatch(/\n\s+at /);
  return run;
}

describe('exit codes', () => {
  it.each<[string, string, string[], number, RegExp]>([
    ['success: data on stdout', '{"status":0,"data":{"logistics_name":"无需物流"}}', ['call', 'wms.stockout.Sales.weighingExt', '["ZS1","",1.2,0,false]'], 0, /"logistics_name":"无需物流"/],
    ['a void success prints the envelope', '{"status":0}', ['wms.stockin.PreStockin.cancel', 'RK1'], 0, /\{"status":0\}/],
    ['API error', '{"status":100,"message":"入库单状态不为待审核或编辑中 "}', ['wms.stockin.PreStockin.cancel', 'RK1'], 1, /^$/],
    ['partial failure', '{"status":0,"data":{"success_data":["QR1"],"error_data":[{"order_no":"QR2","err_msg":"x"}]}}', ['wms.stockother.In.cancelOrder', 'QR1', 'QR2'], 2, /"error_data"/],
    ['not an envelope', '<html>502</html>', ['wms.stockin.PreStockin.cancel', 'RK1'], 69, /^$/],
  ])('%s', async (_label, canned, args, code, stdout) => {
    answer = canned;
    const run = await wdt(args);
    expect(run.status).toBe(code);
    expect(run.stdout).toMatch(stdout);
  });

  it('API errors name the status and message on stderr', async () => {
    answer = '{"status":100,"message":"单据不存在"}';
    expect((await wdt(['wms.stockin.PreStockin.cancel', 'RK1'])).stderr).toBe('wdt: wms.stockin.PreStockin.cancel: status 100 (business): 单据不存在\n');
  });

  it('a transport error (nothing listening) exits 69', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    const run = await wdt(['wms.stockin.PreStockin.cancel', 'RK1'], { env: { WDT_BASE_URL: `http://127.0.0.1:${port}/openapi` } });
    expect(run.status).toBe(69);
    expect(run.stderr).toContain('could not connect');
  });
});

describe('usage errors exit 64 with a clear message and nothing sent', () => {
  it.each<[string, string[], Record<string, string | undefined>, string | undefined, RegExp]>([
    ['missing credentials', ['wms.stockin.PreStockin.cancel', 'RK1'], { WDT_SID: undefined, WDT_APP_KEY: undefined, WDT_APP_SECRET: undefined }, undefined, /missing credentials: set WDT_SID/],
    ['an appSecret without salt', ['wms.stockin.PreStockin.cancel', 'RK1'], { WDT_APP_SECRET: SECRET }, undefined, /secret:salt/],
    ['unknown method', ['wms.Nope.nothing', 'x'], {}, undefined, /"wms\.Nope\.nothing" is not in the catalog of \d+ methods/],
    ['invalid JSON', ['call', 'wms.stockin.PreStockin.cancel', '[RK1'], {}, undefined, /not valid JSON/],
    ['JSON that is not an array', ['wms.stockin.PreStockin.cancel', '--json', '{"a":1}'], {}, undefined, /expected a JSON array/],
    ['a wrong type', ['wms.stockin.PreStockin.cancel', '--json', '[5]'], {}, undefined, /args\[0\] \(pre_stockin_no\): expected string/],
    ['a missing required argument', ['wms.stockin.PreStockin.cancel'], {}, undefined, /pre_stockin_no\): is required/],
    ['invalid JSON on stdin', ['wms.stockin.PreStockin.cancel', '--json', '-'], {}, '{', /stdin: not valid JSON/],
    ['a huge stdin that is not an array', ['wms.stockin.PreStockin.cancel', '--json', '-'], {}, `"${'x'.repeat(8 * 1024 * 1024)}"`, /expected a JSON array/],
    ['an unknown option', ['wms.stockin.PreStockin.cancel', 'RK1', '--nope'], {}, undefined, /^wdt: unknown option --nope \(wdt wms\.stockin\.PreStockin\.cancel --help for usage\)\n$/],
  ])('%s', async (_label, args, env, input, message) => {
    received = 0;
    const run = await wdt(args, { env, ...(input !== undefined ? { input } : {}) });
    expect(run.status).toBe(64);
    expect(run.stderr).toMatch(message);
    expect(received).toBe(0);
  });
});

describe('--dry-run', () => {
  it('prints the signed request and sends nothing', async () => {
    received = 0;
    const run = await wdt(['wms.stockother.In.cancelOrder', 'QR3796', 'QR3795', '--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`POST ${baseUrl}?key=wdt_test&method=wms.stockother.In.cancelOrder&salt=`);
    expect(run.stdout).toContain('[["QR3796","QR3795"]]');
    expect(run.stdout).toContain('signature base (secret redacted): ***body');
    expect(received).toBe(0);
  });
});

describe('--verbose', () => {
  it('shows request and response on stderr, and the data on stdout', async () => {
    answer = '{"status":0}';
    const run = await wdt(['wms.stockin.PreStockin.cancel', 'RK1', '--verbose']);
    expect(run.stderr).toMatch(/^> POST http:\/\/127\.0\.0\.1:\d+\/openapi\?key=wdt_test/m);
    expect(run.stderr).toContain('< HTTP 200');
    expect(run.stdout).toBe('{"status":0}\n');
  });
});

describe('discovery', () => {
  it('lists methods with their Chinese titles', async () => {
    const run = await wdt(['list', '--json']);
    expect(JSON.parse(run.stdout)).toContainEqual(expect.objectContaining({ method: 'wms.stockin.PreStockin.cancel', title: '退货预入库单取消' }));
  });
  it('stops quietly when the reader closes the pipe early (wdt describe … | head -1)', async () => {
    const child = spawn(process.execPath, [bin, 'describe', 'sales.TradeQuery.queryWithDetail', '--json'], { env: { PATH: process.env.PATH } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout.destroy(); // a reader gone before the first byte
    const [status] = (await once(child, 'close')) as [number];
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('describes a method with its arguments', async () => {
    const run = await wdt(['describe', 'wms.stockother.In.cancelOrder']);
    expect(run.stdout).toContain('order_no_list  string[], required  业务单号');
  });
  it('shows per-method help from the spec', async () => {
    const run = await wdt(['wms.stockin.PreStockin.cancel', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('退货预入库单取消（wms.stockin.PreStockin.cancel）');
    expect(run.stdout).toContain(`wdt call wms.stockin.PreStockin.cancel '["RK2004210014"]'`);
  });
});

describe('profiles, --test, --output and completion', () => {
  it('configure writes a 0600 profile that later calls use', async () => {
    const { mkdtempSync, statSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'wdt-config-'));
    const env = { WDT_CONFIG: join(dir, 'config.json'), WDT_SID: undefined, WDT_APP_KEY: undefined, WDT_APP_SECRET: undefined, WDT_BASE_URL: undefined };
    try {
      const configured = await wdt(['configure', '--profile', 'local', '--sid', 'wdtapi3', '--app-key', 'wdt_test', '--app-secret', credentials.WDT_APP_SECRET, '--base-url', baseUrl], { env });
      expect(configured.status).toBe(0);
      expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o600);
      answer = '{"status":0}';
      const call = await wdt(['wms.stockin.PreStockin.cancel', 'RK1', '--profile', 'local'], { env });
      expect(call.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--test signs for the documented test endpoint', async () => {
    const run = await wdt(['wms.stockin.PreStockin.cancel', 'RK1', '--test', '--dry-run'], { env: { WDT_BASE_URL: undefined } });
    expect(run.stdout).toContain('POST http://47.92.239.46/openapi?');
  });

  it('--output table prints rows', async () => {
    answer = '{"status":0,"data":{"success_data":["QR1"],"error_data":[]}}';
    const run = await wdt(['wms.stockother.In.cancelOrder', 'QR1', '--output', 'table']);
    expect(run.stdout).toBe('value\n-----\nQR1\n');
  });

  it.each(['bash', 'zsh', 'fish'])('completion for %s names the methods', async (shell) => {
    const run = await wdt(['completion', shell]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('wms.stockother.In.cancelOrder');
  });
});

// `script` (util-linux) gives the child a pseudo-terminal, so stdin.isTTY is true as for a person.
describe.runIf(spawnSyncOk('script', ['--version']))('under a pseudo-terminal', () => {
  async function inTerminal(args: string[], answer: string, env: Record<string, string | undefined>) {
    const command = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], { env: { PATH: process.env.PATH, ...credentials, ...env } });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      output += s;
      if (output.includes('Type "yes"')) child.stdin.write(answer);
    });
    const [status] = (await once(child, 'close')) as [number];
    expect(output).not.toContain(SECRET);
    return { status, output };
  }

  it('asks before a write through a production profile, and stops on "no" with nothing sent', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'wdt-pty-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ profiles: { prod: { baseUrl, confirmWrites: true } } }));
    const env = { WDT_CONFIG: join(dir, 'config.json'), WDT_BASE_URL: undefined };
    try {
      received = 0;
      const refused = await inTerminal(['wms.stockin.PreStockin.cancel', 'RK1', '--profile', 'prod'], 'no\n', env);
      expect(refused.output).toContain('changes data in the production ERP of seller wdtapi3');
      expect(refused.status).toBe(64);
      expect(received).toBe(0);
      answer = '{"status":0}';
      const confirmed = await inTerminal(['wms.stockin.PreStockin.cancel', 'RK1', '--profile', 'prod'], 'yes\n', env);
      expect(confirmed.status).toBe(0);
      expect(received).toBe(1);
      const skipped = await inTerminal(['wms.stockin.PreStockin.cancel', 'RK1', '--profile', 'prod', '--yes'], '', env);
      expect(skipped.output).not.toContain('Type "yes"');
      expect(received).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows progress for --all on a terminal, and none when stderr is piped', async () => {
    answer = '{"status":0,"data":{"total_count":3,"order":[{"order_no":"A"},{"order_no":"B"},{"order_no":"C"}]}}';
    const args = ['wms.stockother.InQuery.queryWithDetail', '--start_time', '2024-01-01 00:00:00', '--end_time', '2024-01-02 00:00:00', '--all'];
    const shown = await inTerminal(args, '', { WDT_BASE_URL: baseUrl });
    expect(shown.status).toBe(0);
    expect(shown.output).toContain('\r3 items');
    const piped = await wdt(args);
    expect(piped.stdout).toBe('{"order_no":"A"}\n{"order_no":"B"}\n{"order_no":"C"}\n');
    expect(piped.stderr).toBe('');
  });
});
