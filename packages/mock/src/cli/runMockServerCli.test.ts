import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { encodeRequest } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_ACCOUNT } from '../defaultAccount.js';
import { DEFAULT_SECRET } from '../testing/callMock.js';
import { runMockServerCli } from './runMockServerCli.js';

const BIN = fileURLToPath(new URL('../../bin/wdt-mock.mjs', import.meta.url));
const LISTENING = /^listening on (http:\/\/127\.0\.0\.1:(\d+)\/openapi)$/;

function signedCancel(baseUrl: string, credentials = DEFAULT_MOCK_ACCOUNT) {
  return encodeRequest({ credentials, method: 'wms.stockin.PreStockin.cancel', args: ['RK2004210014'], nowMs: Date.now(), baseUrl });
}

/** Everything written to it, as one string. */
function collector() {
  const chunks: string[] = [];
  return { write: (text: string) => chunks.push(text), text: () => chunks.join('') };
}

describe('wdt-mock, the built binary', () => {
  it('prints "listening on <url>" first, answers a signed call over HTTP and stops cleanly on SIGTERM', async () => {
    expect(existsSync(fileURLToPath(new URL('../../dist/cli.js', import.meta.url))), 'build first: pnpm --filter @wdt-kit/mock build').toBe(true);
    const child = spawn(process.execPath, [BIN, '--port', '0', '--verbose'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const [firstLine] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
      const [, url] = LISTENING.exec(firstLine) ?? [];
      expect(url, firstLine).toBeDefined();
      const signed = signedCancel(url!);
      const response = await fetch(signed.url, { method: 'POST', headers: signed.headers, body: signed.body });
      expect(await response.json()).toEqual({ status: 0 });
    } finally {
      child.kill('SIGTERM');
    }
    const [code, signal] = await once(child, 'exit');
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(stderr).toMatch(/ wms\.stockin\.PreStockin\.cancel sid=wdtapi3 status=0 args=\["RK2004210014"\]\n$/);
    expect(stderr).not.toContain(DEFAULT_SECRET);
  });
});

describe('runMockServerCli, in process', () => {
  it('serves until its signal aborts, with the extra account from the environment, logging without secrets', async () => {
    const extra = { sid: 'shop2', appKey: 'k2', appSecret: 'abcdefabcdefabcdefabcdefabcdef12:salt2' };
    const stdout = collector();
    const stderr = collector();
    const stop = new AbortController();
    const running = runMockServerCli(['--verbose'], { stdout, stderr, env: { WDT_SID: extra.sid, WDT_APP_KEY: extra.appKey, WDT_APP_SECRET: extra.appSecret }, signal: stop.signal });
    let url = '';
    try {
      await expect.poll(() => stdout.text().trim()).toMatch(LISTENING);
      url = LISTENING.exec(stdout.text().trim())![1]!;
      for (const credentials of [DEFAULT_MOCK_ACCOUNT, extra]) {
        const signed = signedCancel(url, credentials);
        const envelope = await (await fetch(signed.url, { method: 'POST', headers: signed.headers, body: signed.body })).json();
        expect(envelope.status, JSON.stringify(envelope)).not.toBe(1);
      }
    } finally {
      stop.abort();
      await running;
    }
    await expect(fetch(url, { method: 'POST', body: '[]' })).rejects.toThrow();
    expect(stderr.text().trim().split('\n')).toHaveLength(2);
    for (const secret of [DEFAULT_SECRET, 'abcdefabcdefabcdefabcdefabcdef12']) expect(stdout.text() + stderr.text()).not.toContain(secret);
  });

  it('starts from a fixtures file, injects the --fault rules and logs each fault', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wdt-mock-cli-'));
    const fixtures = join(dir, 'fixtures.json');
    writeFileSync(fixtures, JSON.stringify({ resources: { 'stockin.pre': [{ stockin_no: 'RK9', status: 30 }] } }));
    const stdout = collector();
    const stderr = collector();
    const stop = new AbortController();
    const running = runMockServerCli(['--verbose', '--fixtures', fixtures, '--fault', 'rateLimit,times=1'], { stdout, stderr, env: {}, signal: stop.signal });
    try {
      await expect.poll(() => stdout.text().trim()).toMatch(LISTENING);
      const url = LISTENING.exec(stdout.text().trim())![1]!;
      const answers = [];
      for (let i = 0; i < 2; i++) {
        const signed = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'wms.stockin.PreStockin.cancel', args: ['RK9'], nowMs: Date.now(), baseUrl: url });
        answers.push(await (await fetch(signed.url, { method: 'POST', headers: signed.headers, body: signed.body })).json());
      }
      expect(answers).toEqual([{ status: 100, message: '超过每分钟最大调用频率限制，请稍后重试' }, { status: 0 }]);
    } finally {
      stop.abort();
      await running;
      rmSync(dir, { recursive: true, force: true });
    }
    const lines = stderr.text().trim().split('\n');
    expect(lines[0]).toMatch(/ wms\.stockin\.PreStockin\.cancel sid=wdtapi3 status=100 超过每分钟最大调用频率限制，请稍后重试 fault=rateLimit args=\["RK9"\]$/);
    expect(lines[1]).toMatch(/ status=0 args=\["RK9"\]$/);
  });

  it('passes --rate-limit and --max-body to the server', async () => {
    const stdout = collector();
    const stop = new AbortController();
    const running = runMockServerCli(['--rate-limit', '1/min', '--max-body', '1KiB'], { stdout, stderr: collector(), env: {}, signal: stop.signal });
    try {
      await expect.poll(() => stdout.text().trim()).toMatch(LISTENING);
      const url = LISTENING.exec(stdout.text().trim())![1]!;
      const answers = [];
      for (let i = 0; i < 2; i++) {
        const signed = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'system.Core.now', args: [], nowMs: Date.now(), baseUrl: url });
        answers.push(await (await fetch(signed.url, { method: 'POST', headers: signed.headers, body: signed.body })).json());
      }
      expect(answers).toEqual([{ status: 0, data: expect.any(Number) }, { status: 100, message: '超过每分钟最大调用频率限制，请稍后重试' }]);
      const signed = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'system.Core.now', args: [], nowMs: Date.now(), baseUrl: url });
      expect((await fetch(signed.url, { method: 'POST', headers: signed.headers, body: ' '.repeat(2048) })).status).toBe(413);
    } finally {
      stop.abort();
      await running;
    }
  });

  it('reports a fixtures file it cannot load with exit code 1', async () => {
    const stdout = collector();
    const stderr = collector();
    expect(await runMockServerCli(['--fixtures', join(tmpdir(), 'wdt-mock-no-such-file.json')], { stdout, stderr, env: {} })).toBe(1);
    expect(stdout.text()).toBe('');
    expect(stderr.text()).toMatch(/^wdt-mock: .*wdt-mock-no-such-file\.json: cannot read the fixtures file \(ENOENT\)\n$/);
  });

  // Regression: usage errors exited 2 and reprinted the whole usage; `wdt mock --bogus` then exited 0.
  it.each<[string, string[], RegExp]>([
    ['an unknown option', ['--bogus'], /^wdt-mock: unknown option --bogus \(wdt-mock --help for usage\)\n$/],
    ['a port out of range', ['--port', '99999'], /^wdt-mock: --port must be an integer from 0 to 65535 \(wdt-mock --help for usage\)\n$/],
    ['a positional argument', ['8080'], /^wdt-mock: unexpected argument/],
  ])('%s is a usage error: one line with a hint, exit code 64, nothing started', async (_label, argv, message) => {
    const stdout = collector();
    const stderr = collector();
    const previous = process.exitCode;
    expect(await runMockServerCli(argv, { stdout, stderr, env: {} })).toBe(64);
    expect(process.exitCode, 'the caller sets the exit code').toBe(previous);
    expect(stdout.text()).toBe('');
    expect(stderr.text()).toMatch(message);
    expect(stderr.text().trim().split('\n')).toHaveLength(1);
  });
});
