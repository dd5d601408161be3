import { readFileSync } from 'node:fs';
import { clockOffsetFromDate, encodeRequest, signRequest } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { createMockFetch } from './createMockFetch.js';
import { DEFAULT_MOCK_ACCOUNT } from './defaultAccount.js';
import type { MockCall } from './MockCall.js';
import { MockWangdian } from './MockWangdian.js';
import { callMock, envelopeOf, FIXED_NOW_MS } from './testing/callMock.js';
import { fixtureMethods } from './testing/fixtureMethods.js';

interface SignatureVector {
  id: string;
  credentials: { sid: string; appKey: string; appSecret: string };
  unixSeconds: number;
  body: string;
  url: string;
}

// The signature vectors every implementation must agree on (testdata/, produced by several official SDKs).
const vectors: SignatureVector[] = JSON.parse(readFileSync(new URL('../../../testdata/test-vectors.json', import.meta.url), 'utf8')).vectors;

const fixedClock = () => FIXED_NOW_MS;
const cancel = { method: 'wms.stockin.PreStockin.cancel', args: ['RK2004210015'] };

describe('the mock verifies requests with the core that clients sign with', () => {
  it.each(vectors.map((vector) => [vector.id, vector] as const))('accepts signature vector %s sent verbatim', async (_id, vector) => {
    const mock = createMockFetch({ accounts: [vector.credentials], now: () => vector.unixSeconds * 1000 });
    const { search } = new URL(vector.url);
    await mock.fetch(`${mock.url}${search}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: vector.body });
    // Only a verified request has its arguments recorded.
    expect(mock.calls).toEqual([expect.objectContaining({ sid: vector.credentials.sid, args: JSON.parse(vector.body) })]);
  });

  it('verifies the raw body bytes, so a PHP-style escaped body signed as sent is accepted', async () => {
    const mock = createMockFetch({ now: fixedClock });
    const body = '["\\u6d4b\\u8bd5\\/RK1"]'; // json_encode() of ["测试/RK1"]
    const signed = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'wms.stockin.PreStockin.cancel', args: [], nowMs: FIXED_NOW_MS, baseUrl: mock.url });
    const query = new URL(signed.url).searchParams;
    query.delete('sign');
    query.set('sign', signRequest(Object.fromEntries(query), body, DEFAULT_MOCK_ACCOUNT.appSecret.split(':')[0]!));
    const response = await mock.fetch(`${mock.url}?${query}`, { method: 'POST', headers: signed.headers, body });
    expect(await response.json()).toEqual({ status: 100, message: '单据不存在' });
    expect(mock.calls[0]?.args).toEqual(['测试/RK1']);
  });

  it.each([
    ['an unknown sid', { tamper: (q: URLSearchParams) => q.set('sid', 'nobody') }, 1, 'sid is not exists'],
    ['a wrong app key', { tamper: (q: URLSearchParams) => q.set('key', 'other') }, 1, 'app auth fail'],
    ['a wrong salt', { tamper: (q: URLSearchParams) => q.set('salt', 'x') }, 1, '验证失败'],
    ['a wrong sign', { tamper: (q: URLSearchParams) => q.set('sign', '0'.repeat(32)) }, 1, '验证失败'],
    ['a wrong secret', { credentials: { ...DEFAULT_MOCK_ACCOUNT, appSecret: `${'f'.repeat(32)}:fedcba9876543210fedcba9876543210` } }, 1, '验证失败'],
    ['a method changed after signing', { tamper: (q: URLSearchParams) => q.set('method', 'wms.stockother.In.cancelOrder') }, 1, '验证失败'],
    ['version 2.0', { tamper: (q: URLSearchParams) => q.set('v', '2.0') }, 8, '版本错误'],
    ['a timestamp in milliseconds', { tamper: (q: URLSearchParams) => q.set('timestamp', '1665947116495') }, 1, 'For input string: "1665947116495"'],
    ['a client clock 121 s ahead', { clientNowMs: FIXED_NOW_MS + 121_000 }, 7, '时间戳错误'],
    ['a client clock 121 s behind', { clientNowMs: FIXED_NOW_MS - 121_000 }, 7, '时间戳错误'],
    ['an unsigned extra parameter', { tamper: (q: URLSearchParams) => q.set('extra', '1') }, 1, '参数错误'],
  ])('rejects %s with the documented status and message', async (_label, change, status, message) => {
    const mock = createMockFetch({ now: fixedClock });
    expect(await envelopeOf(mock, { ...cancel, ...change })).toEqual({ status, message });
    expect(mock.state.resources.get('stockin.pre', 'RK2004210015')?.status).toBe(30); // 待审核
  });

  it.each([
    ['120 s ahead', FIXED_NOW_MS + 120_000],
    ['120 s behind', FIXED_NOW_MS - 120_000],
  ])('accepts a client clock %s (the window is ±120 s)', async (_label, clientNowMs) => {
    expect(await envelopeOf(createMockFetch({ now: fixedClock }), { ...cancel, clientNowMs })).toEqual({ status: 0 });
  });

  it('answers every envelope, failures included, as HTTP 200 JSON in UTF-8 with the mock clock in Date', async () => {
    const mock = createMockFetch({ now: fixedClock });
    for (const change of [{}, { clientNowMs: 0 }]) {
      const { response } = await callMock(mock, { ...cancel, ...change });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('date')).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
    }
  });

  it('lets a client with a skewed clock learn the offset from Date and succeed on the retry', async () => {
    const serverNow = FIXED_NOW_MS + 600_000;
    const mock = createMockFetch({ now: () => serverNow });
    const first = await callMock(mock, cancel);
    expect(first.envelope.status).toBe(7);
    const offset = clockOffsetFromDate(first.response.headers.get('date'), FIXED_NOW_MS)!;
    expect(await envelopeOf(mock, { ...cancel, clientNowMs: FIXED_NOW_MS + offset })).toEqual({ status: 0 });
  });
});

describe('the mock routes by method name', () => {
  it.each(['wms.nothing.Here.atAll', 'constructor', 'toString', ''])('answers the unknown method %j with status 100 权限不足', async (method) => {
    expect(await envelopeOf(createMockFetch({ now: fixedClock }), { method, args: [] })).toEqual({ status: 100, message: '权限不足' });
  });

  it('knows exactly the methods of its table', async () => {
    const mock = createMockFetch({ now: fixedClock, methods: fixtureMethods });
    expect(await envelopeOf(mock, { method: 'test.Doc.cancel', args: ['X'] })).toEqual({ status: 0 });
    expect(await envelopeOf(mock, cancel)).toEqual({ status: 100, message: '权限不足' });
  });

  it.each([
    ['GET', '/openapi'],
    ['PUT', '/openapi'],
    ['POST', '/'],
    ['POST', '/openapi2/trade_query.php'],
  ])('answers %s %s with a 404 JSON body that is not an envelope', async (verb, path) => {
    const mock = createMockFetch({ now: fixedClock });
    const response = await mock.fetch(`http://wdt-mock.invalid${path}`, { method: verb, ...(verb === 'GET' ? {} : { body: '[]' }) });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ message: `wdt-mock answers POST /openapi only, not ${verb} ${path}` });
    expect(mock.calls).toEqual([]);
  });

  it('lets a behaviour given in the options answer a method', async () => {
    const mock = createMockFetch({ now: fixedClock, behaviours: { 'wms.stockin.PreStockin.cancel': () => ({ status: 100, message: '超过每分钟最大调用频率限制，请稍后重试' }) } });
    expect(await envelopeOf(mock, cancel)).toEqual({ status: 100, message: '超过每分钟最大调用频率限制，请稍后重试' });
  });
});

describe('the mock records every call to /openapi', () => {
  it('with time, sid, method, arguments, pager and the answer status', async () => {
    const seen: MockCall[] = [];
    let now = FIXED_NOW_MS;
    const mock = createMockFetch({ now: () => now, methods: fixtureMethods, onCall: (call) => seen.push(call) });
    await callMock(mock, { method: 'test.Doc.cancel', args: ['A1', true] });
    now += 1000;
    const window = { start_time: '2024-01-01 00:00:00', end_time: '2024-01-01 00:30:00' };
    await callMock(mock, { method: 'test.Doc.query', args: [window], pager: { pageSize: 10, pageNo: 2, calcTotal: true }, clientNowMs: now });
    await callMock(mock, { method: 'test.Doc.cancel', args: ['A1'], tamper: (q) => q.set('sign', 'x') });
    expect(mock.calls).toEqual([
      { time: FIXED_NOW_MS, sid: 'wdtapi3', method: 'test.Doc.cancel', args: ['A1', true], status: 0 },
      { time: FIXED_NOW_MS + 1000, sid: 'wdtapi3', method: 'test.Doc.query', args: [window], pager: { pageSize: 10, pageNo: 2, calcTotal: true }, status: 0 },
      { time: FIXED_NOW_MS + 1000, sid: 'wdtapi3', method: 'test.Doc.cancel', status: 1, message: '验证失败' },
    ]);
    expect(seen).toEqual(mock.calls);
  });

  it('and reset() forgets them and restores the seed documents', async () => {
    const mock = createMockFetch({ now: fixedClock });
    const calls = mock.calls;
    await callMock(mock, { method: 'wms.stockin.PreStockin.cancel', args: ['RK2004210014'] });
    expect(mock.state.resources.get('stockin.pre', 'RK2004210014')?.status).toBe(10); // 已取消
    mock.reset();
    expect(calls).toEqual([]);
    expect(mock.state.resources.get('stockin.pre', 'RK2004210014')?.status).toBe(20); // 编辑中
  });
});

describe('MockWangdian', () => {
  it('refuses an account whose appSecret has no salt when it is created, not on the first call', () => {
    expect(() => new MockWangdian({ accounts: [{ sid: 's', appKey: 'k', appSecret: 'nosalt' }] })).toThrow(/secret:salt/);
  });
});
