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
    // Regression: "connection refused" did not name the URL, and the retries were silent.
    const lines = run.stderr.trimEnd().split('\n');
    [1, 2].forEach((n, i) => expect(lines[i]).toMatch(new RegExp(`^wdt: attempt ${n} of 3 failed \\(wms\\.stockin\\.PreStockin\\.cancel: could not connect \\(ECONNREFUSED\\)\\) at http://127\\.0\\.0\\.1:${port}/openapi; retrying in \\d+\\.\\d s$`)));
    expect(lines[2]).toBe(`wdt: wms.stockin.PreStockin.cancel: could not connect (ECONNREFUSED) (endpoint http://127.0.0.1:${port}/openapi) after 3 attempts`);
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
  // Regression: --verbose cloned the response and read all of it (876 MB peak for a 200 MiB answer).
  it('keeps the response size limit and bounded memory on a 200 MiB answer', async () => {
    const huge = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent >= 200) res.end();
        else res.once('drain', () => (sent++, pump()));
      };
      res.on('close', () => (hugeSent = sent));
      pump();
    });
    let hugeSent = 0;
    huge.listen(0, '127.0.0.1');
    await once(huge, 'listening');
    const url = `http://127.0.0.1:${(huge.address() as AddressInfo).port}/openapi`;
    try {
      const reportRss = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss-kb='+process.resourceUsage().maxRSS+'\\n'))`;
      const child = spawn(process.execPath, ['--import', reportRss, bin, 'wms.stockin.PreStockin.cancel', 'RK1', '--verbose'], { env: { PATH: process.env.PATH, ...credentials, WDT_BASE_URL: url } });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      child.stdout.resume();
      child.stdin.end();
      const [status] = (await once(child, 'close')) as [number];
      expect(status).toBe(69);
      expect(stderr).toMatch(/response body larger than 33554432 bytes/);
      expect(stderr).toMatch(/^< {2001}… \(\d+ bytes so far\)$/m);
      expect(Number(/maxrss-kb=(\d+)/.exec(stderr)![1]) / 1024, 'peak MB').toBeLessThan(250);
      expect(hugeSent, 'MiB the server got to send before the client hung up').toBeLessThan(150);
    } finally {
      huge.closeAllConnections();
      huge.close();
    }
  });

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

describe('help that fits a terminal', () => {
  // CJK characters take two columns.
  const columns = (line: string) => [...line].reduce((n, ch) => n + (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
  // Regression: 209 lines, up to 230 columns, all methods before the built-in commands.
  it.each([[['--help']], [[]]])('wdt %j: at most 60 lines of at most 100 columns, built-ins first, then groups with counts', async (args) => {
    const run = await wdt(args);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(60);
    expect(Math.max(...lines.map(columns))).toBeLessThanOrEqual(100);
    const commands = lines.findIndex((l) => l === 'Commands:');
    const methods = lines.findIndex((l) => /^Methods \(179\) by group/.test(l));
    expect(commands).toBeGreaterThan(0);
    expect(methods).toBeGreaterThan(commands);
    expect(run.stdout).toMatch(/^ {2}configure \[options\]/m);
    expect(run.stdout).toMatch(/wms \(\d+\)/);
    expect(run.stdout).not.toContain('wms.stockin.PreStockin.cancel');
  });
});

describe('wdt mock shares wdt-mock\'s parser and exit codes', () => {
  // Regression: both exited 0 (the mock's exit code was overwritten by wdt's).
  it.each([[['--port', '99999']], [['--bogus']]])('wdt mock %j exits 64 with one line and a hint', async (args) => {
    const run = await wdt(['mock', ...args]);
    expect(run.status).toBe(64);
    expect(run.stderr).toMatch(/^wdt-mock: .* \(wdt-mock --help for usage\)\n$/);
    expect(run.stdout).toBe('');
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
    let answered = false;
    child.stdin.on('error', () => undefined); // the child may be gone when the answer arrives
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      output += s;
      if (!answered && output.includes('Type "yes"')) {
        answered = true;
        child.stdin.write(answer);
      }
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

  // Regression: configure took the secret only from --app-secret (shell history, ps) and never asked.
  it('wdt configure asks for sid, app key and the secret, and never echoes the secret', async () => {
    const { mkdtempSync, readFileSync, statSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'wdt-pty-configure-'));
    const config = join(dir, 'wdt', 'config.json');
    const command = [process.execPath, bin, 'configure', '--profile', 'typed'].map((a) => `'${a}'`).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], { env: { PATH: process.env.PATH, WDT_CONFIG: config } });
    let output = '';
    const answers: [string, string][] = [['Seller account (sid): ', 'wdtapi3\r'], ['App key: ', 'wdt_test\r'], ['(not shown): ', `${credentials.WDT_APP_SECRET}\r`]];
    child.stdin.on('error', () => undefined);
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      output += s;
      while (answers.length > 0 && output.includes(answers[0]![0])) child.stdin.write(answers.shift()![1]);
    });
    try {
      const [status] = (await once(child, 'close')) as [number];
      expect(output).toContain('wdtapi3'); // typed answers are echoed...
      expect(output).not.toContain(SECRET); // ...the secret is not
      expect(status).toBe(0);
      expect(JSON.parse(readFileSync(config, 'utf8')).profiles.typed).toEqual({ sid: 'wdtapi3', appKey: 'wdt_test', appSecret: credentials.WDT_APP_SECRET });
      expect(statSync(config).mode & 0o777).toBe(0o600);
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
