// What an operator types, run in process against a canned loopback server: help, search, list
// flags, endpoint and method-name mistakes, totals, chosen fields, and what a hostile or rejecting
// server gets printed. One test per point of issue 17 that does not need a process of its own.
import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './main.js';
import { testIo } from './testing/testIo.js';

const SECRET = '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210';
let answer = '{"status":0}';
let requests: { url: string; body: string }[] = [];
let baseUrl = '';
const server = createServer((req: IncomingMessage, res) => {
  let body = '';
  req.setEncoding('utf8').on('data', (s: string) => (body += s));
  req.on('end', () => {
    requests.push({ url: req.url ?? '', body });
    res.end(answer);
  });
});
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi`;
});
afterAll(() => server.close());

async function wdt(argv: string[], env: Record<string, string | undefined> = {}) {
  requests = [];
  const io = testIo({ WDT_SID: 'wdtapi3', WDT_APP_KEY: 'wdt_test', WDT_APP_SECRET: SECRET, WDT_BASE_URL: baseUrl, WDT_CONFIG: '/nonexistent/wdt/config.json', ...env });
  const code = await runCli(argv, io);
  expect(io.out() + io.err()).not.toContain(SECRET.split(':')[0]);
  return { code, out: io.out(), err: io.err() };
}

describe('help and discovery', () => {
  it('wdt help wms lists that group, one method per line', async () => {
    const run = await wdt(['help', 'wms']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^wms: \d+ methods/);
    expect(run.out).toMatch(/^wms\.stockin\.PreStockin\.cancel\s+退货预入库单取消$/m);
    expect(run.out).not.toMatch(/^sales\./m);
  });
  it('wdt help <method> is the method help', async () => {
    const run = await wdt(['help', 'wms.stockin.PreStockin.cancel']);
    expect(run.out).toContain('退货预入库单取消（wms.stockin.PreStockin.cancel）');
  });
  it.each<[string, string[], RegExp]>([
    ['Chinese', ['list', '--search', '取消'], /^wms\.stockin\.PreStockin\.cancel\s+退货预入库单取消$/m],
    ['English, any case', ['list', '--search', 'PRESTOCKIN cancel'], /^wms\.stockin\.PreStockin\.cancel\s/m],
    ['a category', ['list', '--category', '售后类'], /^wms\.stockin\.PreStockin\.cancel\s/m],
    ['a group', ['list', '--group', 'wms'], /^wms\.stockin\.PreStockin\.cancel\s/m],
  ])('wdt list finds by %s', async (_label, argv, line) => {
    const run = await wdt(argv);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(line);
  });
  // Regression: an unknown category printed nothing and exited 0.
  it.each<[string[], RegExp]>([
    [['list', '--category', '没有'], /unknown category "没有"; categories: /],
    [['list', '--group', 'nope'], /unknown group "nope"; groups: aftersales, /],
    [['help', 'nope'], /no group, method or command named "nope"/],
    // Regression: commander reprinted the whole help after an error.
    [['--output', 'table'], /^wdt: a command or method is needed \(wdt --help for usage\)\n$/],
    [['--app-secrets=x', 'list'], /^wdt: unknown option --app-secrets \(did you mean --app-secret\?\) \(wdt list --help for usage\)\n$/],
    [['help', 'wms.stockin.PreStockin.cancle'], /^wdt: "wms\.stockin\.PreStockin\.cancle" is not in the catalog of 179 methods; did you mean wms\.stockin\.PreStockin\.cancel\?\n$/],
    [['wms.stockin.PreStockin.cancel', '--nope'], /^wdt: unknown option --nope \(wdt wms\.stockin\.PreStockin\.cancel --help for usage\)\n$/],
  ])('%j is a usage error: one line on stderr', async (argv, message) => {
    const run = await wdt(argv);
    expect(run.code).toBe(64);
    expect(run.err).toMatch(message);
    expect(run.err.trimEnd().split('\n')).toHaveLength(1);
    expect(run.out).toBe('');
  });
});

describe('input as operators type it', () => {
  // Regression: --order_no_list QR3798 failed with "expected JSON (array)".
  it.each<[string, string[], string]>([
    ['repeated list flags', ['--order_no_list', 'QR1', '--order_no_list', 'QR2'], '[["QR1","QR2"]]'],
    ['one plain value', ['--order_no_list', 'QR3798'], '[["QR3798"]]'],
    ['a JSON array', ['--order_no_list', '["QR1","QR2"]'], '[["QR1","QR2"]]'],
    ['positional values', ['QR1', 'QR2'], '[["QR1","QR2"]]'],
  ])('%s', async (_label, args, body) => {
    answer = '{"status":0,"data":{"success_data":[],"error_data":[]}}';
    const run = await wdt(['wms.stockother.In.cancelOrder', ...args]);
    expect(run.code).toBe(0);
    expect(requests.map((r) => r.body)).toEqual([body]);
  });

  it('enum flags list their values in --help', async () => {
    const run = await wdt(['wms.stockother.InQuery.queryWithDetail', '--help']);
    expect(run.out).toMatch(/--time_type <value>\s+params\.time_type integer 时间类型\s+\[1=创建时间, 2=最后修改时间\]/);
  });

  // Regression: a malformed WDT_BASE_URL exited 69 "outcome unknown" although nothing could be sent.
  it.each<[string, string[], Record<string, string>, RegExp]>([
    ['WDT_BASE_URL', ['wms.stockin.PreStockin.cancel', 'RK1'], { WDT_BASE_URL: 'http//127.0.0.1:8080' }, /^wdt: WDT_BASE_URL is not a URL/],
    ['--base-url', ['wms.stockin.PreStockin.cancel', 'RK1', '--base-url', 'not a url'], {}, /^wdt: --base-url is not a URL/],
  ])('a malformed %s is a usage error with nothing sent', async (_label, argv, env, message) => {
    const run = await wdt(argv, env);
    expect(run.code).toBe(64);
    expect(run.err).toMatch(message);
    expect(run.err).not.toContain('outcome unknown');
    expect(requests).toEqual([]);
  });

  // Regression: a misspelt name was sent and answered 权限不足, pointing at the account.
  it('wdt call with a name outside the catalog suggests the closest and sends nothing', async () => {
    const run = await wdt(['call', 'wms.stockin.PreStockin.cancle', '["RK1"]']);
    expect(run.code).toBe(64);
    expect(run.err).toBe('wdt: "wms.stockin.PreStockin.cancle" is not in the catalog of 179 methods; did you mean wms.stockin.PreStockin.cancel?; send it anyway with --allow-unknown\n');
    expect(requests).toEqual([]);
  });
  it('--allow-unknown still sends it', async () => {
    answer = '{"status":0}';
    const run = await wdt(['call', 'wms.brand.New.method', '[]', '--allow-unknown']);
    expect(run.code).toBe(0);
    expect(requests[0]!.url).toContain('method=wms.brand.New.method');
  });

  // Regression: --calc-total printed no total.
  it.each<[string, string, string[]]>([
    ['in data.total_count', '{"status":0,"data":{"total_count":42,"order":[]}}', ['wms.stockother.InQuery.queryWithDetail', '--start_time', '2024-01-01 00:00:00', '--end_time', '2024-01-02 00:00:00']],
    ['at the envelope top level', '{"status":0,"total":42,"data":[]}', ['call', 'wms.some.Other.search', '[{}]', '--allow-unknown']],
  ])('--calc-total shows the total (%s)', async (_label, canned, argv) => {
    answer = canned;
    const run = await wdt([...argv, '--calc-total']);
    expect(run.code).toBe(0);
    expect(run.err).toBe('wdt: total 42\n');
    expect(requests[0]!.url).toContain('calc_total=1');
  });

  it.each<[string, string, string]>([
    ['table', 'table', 'order_no  goods.num\n--------  ---------\nA1        3\nB2\n'],
    ['ndjson', 'ndjson', '{"order_no":"A1","goods":{"num":3}}\n{"order_no":"B2"}\n'],
    ['json', 'json', '{"total_count":2,"order":[{"order_no":"A1","goods":{"num":3}},{"order_no":"B2"}]}\n'],
  ])('--fields order_no,goods.num chooses the %s columns', async (_label, format, expected) => {
    answer = JSON.stringify({ status: 0, data: { total_count: 2, order: [{ order_no: 'A1', status: 10, goods: { num: 3, name: 'x' } }, { order_no: 'B2', status: 20 }] } });
    const run = await wdt(['wms.stockother.InQuery.queryWithDetail', '--start_time', '2024-01-01 00:00:00', '--end_time', '2024-01-02 00:00:00', '--output', format, '--fields', 'order_no,goods.num']);
    expect(run.out).toBe(expected);
  });
});

describe('clear errors', () => {
  // Regression: a wrong secret showed only "验证失败".
  it('a rejected signature explains what to check', async () => {
    answer = '{"status":1,"message":"验证失败"}';
    const run = await wdt(['wms.stockin.PreStockin.cancel', 'RK1']);
    expect(run.code).toBe(1);
    const [first, hint] = run.err.split('\n');
    expect(first).toBe('wdt: wms.stockin.PreStockin.cancel: status 1 (auth): 验证失败');
    expect(hint).toMatch(/^wdt: hint: .*WDT_APP_SECRET .*"secret:salt" exactly as issued.*WDT_APP_KEY and WDT_SID.*--test/);
  });
});

// Regression: server text was printed raw (clear the screen, set the title, fake a `wdt: ok` line);
// a deeply nested success ended in "Maximum call stack size exceeded".
describe('a hostile server', () => {
  const hostile = 'x\u001b[2J\u001b]0;pwned\u0007\r\nwdt: ok\u009b';
  const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
  it.each<[string, string, string[], number, 'out' | 'err']>([
    ['json', JSON.stringify({ status: 0, data: { order: [{ order_no: hostile }] } }), [], 0, 'out'],
    ['ndjson', JSON.stringify({ status: 0, data: { order: [{ order_no: hostile }] } }), ['--output', 'ndjson'], 0, 'out'],
    ['table', JSON.stringify({ status: 0, data: { order: [{ order_no: hostile, [hostile]: 1 }] } }), ['--output', 'table'], 0, 'out'],
    ['verbose', JSON.stringify({ status: 0, data: { order: [{ order_no: hostile }] } }), ['--verbose'], 0, 'err'],
    ['an API error', JSON.stringify({ status: 100, message: hostile }), [], 1, 'err'],
    ['an answer that is not an envelope', `<html>${hostile}</html>`, [], 69, 'err'],
  ])('%s: control characters are shown escaped', async (_label, canned, flags, code, stream) => {
    answer = canned;
    const run = await wdt(['wms.stockin.PreStockin.cancel', 'RK1', ...flags]);
    expect(run.code).toBe(code);
    expect(run.out + run.err).not.toMatch(raw);
    expect(run[stream]).toContain('\\u001b[2J');
    expect(run.err).not.toMatch(/^wdt: ok/m);
  });

  it.each<[string, string, RegExp]>([
    ['a million nested arrays in a successful write', `{"status":0,"data":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`, /the call succeeded \(the write was executed\), but the answer is nested deeper than 64 levels/],
    ['a number beyond JSON (1e999)', '{"status":0,"data":{"total":1e999}}', /holds a number too large for JSON at data\.total/],
    ['a deeply nested error message', `{"status":1,"message":${'['.repeat(200_000)}${']'.repeat(200_000)}}`, /the answer could not be read/],
  ])('%s ends in a typed error, exit 69', async (_label, canned, message) => {
    answer = canned;
    const run = await wdt(['wms.stockin.PreStockin.cancel', 'RK1']);
    expect(run.code).toBe(69);
    expect(run.err).toMatch(message);
    expect(run.err).not.toContain('unexpected error');
    expect(run.out).toBe('');
  });

  // The client now keeps integers beyond 2^53 exact (as decimal strings), so their digits print faithfully.
  it('an id beyond 2^53 is printed with its exact digits', async () => {
    answer = '{"status":0,"data":{"id":123456789012345678901}}';
    const run = await wdt(['wms.stockin.PreStockin.cancel', 'RK1']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('123456789012345678901');
  });
});
