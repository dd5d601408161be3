import { describe, expect, it, vi } from 'vitest';
import { testVectors } from '../../core/src/testVectors.js';
import { WdtApiError, WdtClient, WdtResponseError, WdtTransportError, WdtValidationError, type WdtCallEvent } from './index.js';

const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210' };
const SECRET = '0123456789abcdef0123456789abcdef';

interface Sent {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** A fetch that records what it was given and answers from a script, one answer per call. */
function scriptedFetch(...answers: (string | { body: string; status?: number; headers?: Record<string, string> } | Error)[]) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (url: string, init: { body: string; headers: Record<string, string> }) => {
    sent.push({ url, body: init.body, headers: init.headers });
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    const { body, status = 200, headers = {} } = typeof answer === 'string' ? { body: answer } : answer;
    return new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } });
  });
  return { fetch, sent };
}

const clientWith = (fetch: ReturnType<typeof scriptedFetch>['fetch'], extra: Partial<ConstructorParameters<typeof WdtClient>[0]> = {}) =>
  new WdtClient({ ...account, fetch, now: () => 1_704_067_200_000, sleep: async () => {}, ...extra });

describe('typed methods put exactly the documented bytes on the wire', () => {
  it.each([
    ['V1', (wdt: WdtClient) => wdt.wms.stockout.Sales.weighingExt('xc109393939393939', '', 1.2, 0, false), '{"status":0,"data":{"logistics_name":"无需物流"}}'],
    ['V2', (wdt: WdtClient) => wdt.wms.stockin.PreStockin.cancel('RK2004210014'), '{"status":0}'],
    ['V3', (wdt: WdtClient) => wdt.wms.stockother.In.cancelOrder(['QR3796', 'QR3795']), '{"status":0,"data":{"success_data":["QR3796","QR3795"],"error_data":[]}}'],
  ])('%s', async (id, invoke, answer) => {
    const vector = testVectors.find((v) => v.id === id)!;
    const { fetch, sent } = scriptedFetch(answer);
    await invoke(clientWith(fetch, { ...vector.credentials, now: () => vector.unixSeconds * 1000 }));
    expect(sent).toEqual([{ url: vector.url, body: vector.body, headers: { 'Content-Type': 'application/json' } }]);
  });

  it('raw call signs the same bytes as the typed method', async () => {
    const vector = testVectors.find((v) => v.id === 'V2')!;
    const { fetch, sent } = scriptedFetch('{"status":0}');
    await clientWith(fetch).call('wms.stockin.PreStockin.cancel', ['RK2004210014']);
    expect(sent[0]!.url).toBe(vector.url);
  });

  it('raw call accepts any method name', async () => {
    const { fetch, sent } = scriptedFetch('{"status":0,"data":{"now":1}}');
    await expect(clientWith(fetch).call('system.Core.now', [])).resolves.toEqual({ now: 1 });
    expect(sent[0]!.body).toBe('[]');
    expect(new URL(sent[0]!.url).searchParams.get('method')).toBe('system.Core.now');
  });
});

describe('results and errors', () => {
  it('returns data typed as { success_data, error_data }', async () => {
    const { fetch } = scriptedFetch('{"status":0,"data":{"success_data":["QR3796"],"error_data":[{"order_no":"QR3797","err_msg":"x"}]}}');
    const { success_data, error_data } = await clientWith(fetch).wms.stockother.In.cancelOrder(['QR3796', 'QR3797']);
    expect(success_data).toEqual(['QR3796']);
    expect(error_data[0]?.order_no).toBe('QR3797');
  });

  // wms.stockout.SalesPick.pickListOverviewForApi: the page's table puts the pick directly in data,
  // its example in data.data (the spec follows the example, dataWrapper); either answer reads the same.
  it.each([
    ['nested, as the example', '{"status":0,"data":{"data":{"pick_no":"FJ1","order_count":1},"status":0}}', { data: { pick_no: 'FJ1', order_count: 1 }, status: 0 }],
    ['flat, as the table', '{"status":0,"data":{"pick_no":"FJ1","order_count":1}}', { data: { pick_no: 'FJ1', order_count: 1 } }],
  ])('reads a pick overview answered %s in one shape', async (_, answer, expected) => {
    const { fetch } = scriptedFetch(answer);
    const result = await clientWith(fetch).wms.stockout.SalesPick.pickListOverviewForApi('FJ1');
    expect(result).toEqual(expected);
    expect(result.data?.pick_no).toBe('FJ1');
  });

  it('throws WdtApiError with status, message, method and kind', async () => {
    const { fetch } = scriptedFetch('{"status":100,"message":"入库单状态不为待审核或编辑中 "}');
    const error = await clientWith(fetch).wms.stockin.PreStockin.cancel('RK1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtApiError);
    expect(error).toMatchObject({ status: 100, kind: 'business', method: 'wms.stockin.PreStockin.cancel', apiMessage: '入库单状态不为待审核或编辑中 ', attempts: 1 });
  });

  it('rejects bad arguments before anything is sent, naming the argument path', async () => {
    const { fetch } = scriptedFetch('{"status":0}');
    const error = await clientWith(fetch).wms.stockother.In.cancelOrder([1 as unknown as string]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtValidationError);
    expect((error as WdtValidationError).issues).toEqual([{ path: 'args[0] (order_no_list)[0]', rule: 'type', message: 'expected string, got integer' }]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('can switch validation off', async () => {
    const { fetch } = scriptedFetch('{"status":0}');
    await clientWith(fetch, { validate: false }).wms.stockin.PreStockin.cancel(7 as unknown as string);
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('reports an HTML gateway page as WdtResponseError and does not retry a write', async () => {
    const { fetch } = scriptedFetch({ body: '<html>502 Bad Gateway</html>', status: 502 });
    await expect(clientWith(fetch).wms.stockout.Sales.weighingExt('xc1', '', 1.2, 0, false)).rejects.toBeInstanceOf(WdtResponseError);
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('rejects an appSecret without salt at construction, without echoing it', () => {
    expect(() => new WdtClient({ ...account, appSecret: SECRET })).toThrowError(/secret:salt/);
    expect(() => new WdtClient({ ...account, appSecret: SECRET })).not.toThrowError(SECRET);
  });
});

describe('retries cannot duplicate writes', () => {
  it('retries a rate limit for a write, re-signing each attempt', async () => {
    let now = 1_704_067_200_000;
    const { fetch, sent } = scriptedFetch('{"status":100,"message":"超过每分钟最大调用频率限制，请稍后重试"}', '{"status":0}');
    await clientWith(fetch, { now: () => (now += 5_000) }).wms.stockin.PreStockin.cancel('RK1');
    expect(sent).toHaveLength(2);
    expect(new URL(sent[0]!.url).searchParams.get('sign')).not.toBe(new URL(sent[1]!.url).searchParams.get('sign'));
  });

  it('gives up after maxRetries with the attempt count', async () => {
    const { fetch } = scriptedFetch('{"status":100,"message":"超过每分钟最大并发次数限制,请稍后重试"}');
    const error = await clientWith(fetch, { maxRetries: 3 }).wms.stockin.PreStockin.cancel('RK1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'rateLimit', attempts: 4 });
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('never re-sends a write whose connection dropped: the outcome is unknown', async () => {
    const reset = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    const { fetch } = scriptedFetch(reset, '{"status":0}');
    const error = await clientWith(fetch).wms.stockout.Sales.weighingExt('xc1', '', 1.2, 0, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtTransportError);
    expect(error).toMatchObject({ reason: 'reset', outcomeUnknown: true });
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('re-sends a write that never reached the server (connection refused)', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const { fetch } = scriptedFetch(refused, '{"status":0}');
    await clientWith(fetch).wms.stockin.PreStockin.cancel('RK1');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('retries an idempotent call after a reset', async () => {
    const reset = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    const { fetch } = scriptedFetch(reset, '{"status":0,"data":1}');
    await expect(clientWith(fetch).call('x.Y.z', [], { idempotent: true })).resolves.toBe(1);
  });

  it('times out a call that never answers', async () => {
    const hanging = vi.fn((_url: string, init: { signal: AbortSignal }) => new Promise<Response>((_resolve, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const error = await clientWith(hanging as never, { timeoutMs: 20 }).wms.stockout.Sales.weighingExt('xc1', '', 1.2, 0, false).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WdtTransportError', reason: 'timeout', outcomeUnknown: true });
    expect(hanging).toHaveBeenCalledOnce();
  });
});

describe('clock skew', () => {
  it('learns the offset from the Date header, retries once and keeps it', async () => {
    const serverNow = new Date(1_704_067_200_000 + 600_000).toUTCString();
    const { fetch, sent } = scriptedFetch({ body: '{"status":7,"message":"时间戳错误"}', headers: { date: serverNow } }, '{"status":0}');
    const wdt = clientWith(fetch);
    await wdt.wms.stockin.PreStockin.cancel('RK1');
    expect(sent).toHaveLength(2);
    expect(Number(new URL(sent[1]!.url).searchParams.get('timestamp')) - Number(new URL(sent[0]!.url).searchParams.get('timestamp'))).toBe(600);
    expect(wdt.clockOffsetMs).toBe(600_000);
  });
});

describe('observability', () => {
  it('reports every attempt without the secret', async () => {
    const events: WdtCallEvent[] = [];
    const { fetch } = scriptedFetch('{"status":100,"message":"超过每分钟最大调用频率限制，请稍后重试"}', '{"status":0}');
    await clientWith(fetch, { onAttempt: (e) => events.push(e) }).wms.stockin.PreStockin.cancel('RK1');
    expect(events.map((e) => [e.attempt, e.status, e.error?.kind, e.willRetry])).toEqual([
      [1, 100, 'rateLimit', true],
      [2, 0, undefined, false],
    ]);
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });
});

describe('withOptions', () => {
  it('returns a client whose typed calls use the new defaults and share the learned clock', async () => {
    const controller = new AbortController();
    controller.abort();
    const { fetch } = scriptedFetch('{"status":0}');
    const wdt = clientWith(fetch);
    const aborted = wdt.withOptions({ signal: controller.signal });
    const error = await aborted.wms.stockin.PreStockin.cancel('RK1').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WdtTransportError', reason: 'abort' });
    expect(aborted).toBeInstanceOf(WdtClient);
    await wdt.wms.stockin.PreStockin.cancel('RK1');
    expect(aborted.clockOffsetMs).toBe(wdt.clockOffsetMs);
  });

  it('applies a per-call timeout', async () => {
    const hanging = vi.fn((_url: string, init: { signal: AbortSignal }) => new Promise<Response>((_resolve, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const error = await clientWith(hanging as never).wms.stockin.PreStockin.cancel('RK1', { timeoutMs: 10 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'timeout' });
  });
});
