// Every fault as a raw fetch sees it, through both front doors: the loopback server and the
// in-process fetch must look the same to a client.
import { encodeRequest } from '@wdt-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import { createMockServer } from '../createMockServer.js';
import { DEFAULT_MOCK_ACCOUNT } from '../defaultAccount.js';
import { FIXED_NOW_MS } from '../testing/callMock.js';
import type { WdtMock } from '../WdtMock.js';
import type { MockFault } from './MockFault.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

type FrontDoor = (fault: MockFault) => Promise<{ mock: WdtMock; fetch: typeof fetch }>;
const frontDoors: [string, FrontDoor][] = [
  [
    'the loopback server',
    async (fault) => {
      const server = await createMockServer({ now: () => FIXED_NOW_MS, faults: [{ fault }] });
      closers.push(() => server.close());
      return { mock: server, fetch: globalThis.fetch };
    },
  ],
  [
    'the in-process fetch',
    async (fault) => {
      const mock = createMockFetch({ now: () => FIXED_NOW_MS, faults: [{ fault }] });
      return { mock, fetch: mock.fetch as typeof fetch };
    },
  ],
];

// RK2004210015 is 待审核 in a fresh mock: cancelling it is a state change the tests can see.
const DOCUMENT = 'RK2004210015';
function cancelRequest(baseUrl: string, signal?: AbortSignal): [string, RequestInit] {
  const signed = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'wms.stockin.PreStockin.cancel', args: [DOCUMENT], nowMs: FIXED_NOW_MS, baseUrl });
  return [signed.url, { method: 'POST', headers: signed.headers, body: signed.body, ...(signal ? { signal } : {}) }];
}
const statusOf = (mock: WdtMock) => mock.state.resources.get('stockin.pre', DOCUMENT)?.status;
const causeCode = (error: unknown) => ((error as { cause?: { code?: string } }).cause ?? {}).code;

describe.each(frontDoors)('faults through %s', (_door, open) => {
  it('latency: the call runs at once, its answer comes late', async () => {
    const { mock, fetch } = await open({ type: 'latency', ms: 150 });
    const started = performance.now();
    const response = await fetch(...cancelRequest(mock.url));
    expect(statusOf(mock)).toBe(10); // 已取消
    expect(await response.json()).toEqual({ status: 0 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(mock.calls).toEqual([expect.objectContaining({ status: 0, fault: 'latency' })]);
  });

  it.each([
    ['frequency', '超过每分钟最大调用频率限制，请稍后重试'],
    ['concurrency', '超过每分钟最大并发次数限制，请稍后重试'],
  ] as const)('rateLimit (%s): status 100 with the error guide\'s message, and the call does not run', async (limit, message) => {
    const { mock, fetch } = await open({ type: 'rateLimit', limit });
    const response = await fetch(...cancelRequest(mock.url));
    expect([response.status, await response.json()]).toEqual([200, { status: 100, message }]);
    expect(statusOf(mock)).toBe(30); // 待审核
    expect(mock.calls).toEqual([expect.objectContaining({ args: [DOCUMENT], status: 100, message, fault: 'rateLimit' })]);
  });

  it('badGateway: an HTML 502 page, and the call does not run', async () => {
    const { mock, fetch } = await open({ type: 'badGateway' });
    const response = await fetch(...cancelRequest(mock.url));
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toContain('<title>502 Bad Gateway</title>');
    expect(statusOf(mock)).toBe(30); // 待审核
    expect(mock.calls).toEqual([{ time: FIXED_NOW_MS, sid: 'wdtapi3', method: 'wms.stockin.PreStockin.cancel', fault: 'badGateway' }]);
  });

  it('connectionReset: fetch fails like Node\'s (TypeError "fetch failed", cause ECONNRESET), and the call does not run', async () => {
    const { mock, fetch } = await open({ type: 'connectionReset' });
    const error = await fetch(...cancelRequest(mock.url)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('fetch failed');
    expect(causeCode(error)).toBe('ECONNRESET');
    expect(statusOf(mock)).toBe(30); // 待审核
    expect(mock.calls).toEqual([expect.objectContaining({ fault: 'connectionReset' })]);
    expect(mock.calls[0]).not.toHaveProperty('status');
  });

  it('dropAfterExecute: the call runs, then fetch fails without a response byte', async () => {
    const { mock, fetch } = await open({ type: 'dropAfterExecute' });
    const error = await fetch(...cancelRequest(mock.url)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(['UND_ERR_SOCKET', 'ECONNRESET']).toContain(causeCode(error));
    expect(statusOf(mock)).toBe(10); // 已取消
    expect(mock.calls).toEqual([expect.objectContaining({ status: 0, fault: 'dropAfterExecute' })]);
  });

  it('neverEnds: the call runs, the head arrives, the body never ends until the caller aborts', async () => {
    const { mock, fetch } = await open({ type: 'neverEnds' });
    const abort = new AbortController();
    const response = await fetch(...cancelRequest(mock.url, abort.signal));
    expect(response.status).toBe(200);
    expect(statusOf(mock)).toBe(10); // 已取消
    const body = response.text();
    const outcome = await Promise.race([body.then(() => 'ended', () => 'failed'), new Promise((resolve) => setTimeout(resolve, 100, 'still open'))]);
    expect(outcome).toBe('still open');
    abort.abort();
    await expect(body).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('clockSkew: the mock\'s clock is off for the call, so a right client clock is refused with status 7 and the skewed Date', async () => {
    const { mock, fetch } = await open({ type: 'clockSkew', ms: 600_000 });
    const response = await fetch(...cancelRequest(mock.url));
    expect(await response.json()).toEqual({ status: 7, message: '时间戳错误' });
    expect(response.headers.get('date')).toBe(new Date(FIXED_NOW_MS + 600_000).toUTCString());
    expect(statusOf(mock)).toBe(30); // 待审核
    expect(mock.calls).toEqual([expect.objectContaining({ time: FIXED_NOW_MS + 600_000, status: 7, fault: 'clockSkew' })]);
  });
});

describe('faults in the mock', () => {
  it('apply only to the method a rule names, and can be added and cleared while the mock runs', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    mock.faults.add({ method: 'wms.stockother.In.cancelOrder', fault: { type: 'badGateway' } });
    expect((await mock.fetch(...cancelRequest(mock.url))).status).toBe(200);
    mock.faults.add({ method: 'wms.stockin.PreStockin.cancel', times: 1, fault: { type: 'badGateway' } });
    expect((await mock.fetch(...cancelRequest(mock.url))).status).toBe(502);
    mock.faults.add({ fault: { type: 'badGateway' } });
    mock.faults.clear();
    expect((await mock.fetch(...cancelRequest(mock.url))).status).toBe(200);
    expect(mock.calls.map((call) => call.fault)).toEqual([undefined, 'badGateway', undefined]);
  });

  it('come back as they were after reset()', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, faults: [{ times: 1, fault: { type: 'rateLimit' } }] });
    const statuses = async () => ((await (await mock.fetch(...cancelRequest(mock.url))).json()) as { status: number }).status;
    expect([await statuses(), await statuses()]).toEqual([100, 0]);
    mock.reset();
    expect([await statuses(), await statuses()]).toEqual([100, 0]);
  });
});
