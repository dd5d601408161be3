// What a real WdtClient makes of each fault: the typed error, whether it retried, and what the
// mock shows really happened.
import { WdtApiError, WdtClient, WdtResponseError, WdtTransportError } from '@wdt-kit/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import { createMockServer } from '../createMockServer.js';
import { DEFAULT_MOCK_ACCOUNT } from '../defaultAccount.js';
import { handlerTable } from '../generated/handlers.js';
import { FIXED_NOW_MS } from '../testing/callMock.js';
import type { WdtMock } from '../WdtMock.js';
import type { MockFaultRule } from './MockFault.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const methods = handlerTable;
type Opened = { mock: WdtMock; client: (options?: { timeoutMs?: number }) => WdtClient; sleeps: number[] };

async function open(door: 'http' | 'in-process', faults: MockFaultRule[]): Promise<Opened> {
  const options = { now: () => FIXED_NOW_MS, methods, faults };
  let mock: WdtMock;
  if (door === 'http') {
    const server = await createMockServer(options);
    closers.push(() => server.close());
    mock = server;
  } else mock = createMockFetch(options);
  const sleeps: number[] = [];
  const client = (extra: { timeoutMs?: number } = {}) =>
    new WdtClient({
      ...DEFAULT_MOCK_ACCOUNT,
      baseUrl: mock.url,
      ...(door === 'in-process' ? { fetch: mock.fetch } : {}),
      now: () => FIXED_NOW_MS,
      maxRetries: 3,
      sleep: async (ms) => void sleeps.push(ms),
      ...extra,
    });
  return { mock, client, sleeps };
}

// A write the client must not repeat (a repeat creates another purchase order: repeat.effect creates)
// and a read the client may repeat.
const PURCHASE_NO = 'CG-FAULTS-1';
const create = (wdt: WdtClient) =>
  wdt.call('purchase.PurchaseOrder.createOrder', [{ purchase_no: PURCHASE_NO, provider_no: 'P1', receive_warehouse_nos: 'W1', expect_warehouse_no: 'W1', purchaser_name: '采购员', purchase_details: [{ spec_no: 'wangdiantong', num: 5 }] }]);
const queryPurchaseOrder = (wdt: WdtClient) => wdt.call('purchase.PurchaseOrder.queryWithDetail', [{ purchase_no: 'CG202005150101' }], { pager: { pageSize: 10 }, idempotent: true });
const created = (mock: WdtMock) => mock.state.purchaseOrders.has(PURCHASE_NO);

describe.each(['http', 'in-process'] as const)('a WdtClient against faults (%s)', (door) => {
  it('dropAfterExecute on a write: WdtTransportError with outcomeUnknown, not retried; the order was created, once', async () => {
    const { mock, client } = await open(door, [{ fault: { type: 'dropAfterExecute' } }]);
    const error = await create(client()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtTransportError);
    expect(error).toMatchObject({ reason: 'reset', outcomeUnknown: true, attempts: 1 });
    expect([mock.calls.length, created(mock)]).toEqual([1, true]);
  });

  it('connectionReset on a write: the client cannot know either (outcomeUnknown), though the mock shows it did not run', async () => {
    const { mock, client } = await open(door, [{ fault: { type: 'connectionReset' } }]);
    const error = await create(client()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtTransportError);
    expect(error).toMatchObject({ reason: 'reset', outcomeUnknown: true, attempts: 1 });
    expect([mock.calls.length, created(mock)]).toEqual([1, false]);
  });

  it('badGateway on a write: WdtResponseError for the HTML 502 page, not retried', async () => {
    const { mock, client } = await open(door, [{ fault: { type: 'badGateway' } }]);
    const error = await create(client()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtResponseError);
    expect(error).toMatchObject({ httpStatus: 502, attempts: 1 });
    expect((error as Error).message).toContain('HTML instead of a JSON envelope');
    expect(mock.calls).toHaveLength(1);
  });

  it('badGateway once on a read: retried, and the second attempt succeeds', async () => {
    const { mock, client } = await open(door, [{ times: 1, fault: { type: 'badGateway' } }]);
    expect(await queryPurchaseOrder(client())).toMatchObject({ order: [expect.objectContaining({ purchase_no: 'CG202005150101' })] });
    expect(mock.calls.map((call) => call.fault)).toEqual(['badGateway', undefined]);
  });

  it('rateLimit twice: retried with growing backoff, then it succeeds and the order is created once', async () => {
    const { mock, client, sleeps } = await open(door, [{ times: 2, fault: { type: 'rateLimit' } }]);
    await expect(create(client())).resolves.toEqual({ message: PURCHASE_NO, status: 0 });
    expect(mock.calls.map((call) => [call.status, call.fault])).toEqual([
      [100, 'rateLimit'],
      [100, 'rateLimit'],
      [0, undefined],
    ]);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]! / 2);
    expect(created(mock)).toBe(true);
  });

  it('rateLimit on every call: WdtApiError of kind rateLimit once the retries are used up', async () => {
    const { mock, client } = await open(door, [{ fault: { type: 'rateLimit' } }]);
    const error = await create(client()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtApiError);
    expect(error).toMatchObject({ status: 100, kind: 'rateLimit', attempts: 4 });
    expect(mock.calls).toHaveLength(4);
  });

  it('neverEnds on a read: a timeout (WdtTransportError reason timeout), after the query ran', async () => {
    const { mock, client } = await open(door, [{ fault: { type: 'neverEnds' } }]);
    const wdt = client({ timeoutMs: 150 }).withOptions({ maxRetries: 0 });
    const error = await queryPurchaseOrder(wdt).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtTransportError);
    expect(error).toMatchObject({ reason: 'timeout', outcomeUnknown: false });
    expect(mock.calls).toEqual([expect.objectContaining({ status: 0, fault: 'neverEnds' })]);
  });

  it('latency longer than the timeout on a write: a timeout with outcomeUnknown, and the mock shows the order was created', async () => {
    const { mock, client } = await open(door, [{ fault: { type: 'latency', ms: 400 } }]);
    const error = await create(client({ timeoutMs: 100 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WdtTransportError', reason: 'timeout', outcomeUnknown: true });
    expect(created(mock)).toBe(true);
  });

  it('clockSkew on every call: the client learns the offset from the Date header and succeeds on its retry', async () => {
    const { mock, client } = await open(door, [{ fault: { type: 'clockSkew', ms: 600_000 } }]);
    const wdt = client();
    await expect(create(wdt)).resolves.toEqual({ message: PURCHASE_NO, status: 0 });
    expect(wdt.clockOffsetMs).toBe(600_000);
    expect(mock.calls.map((call) => call.status)).toEqual([7, 0]);
  });
});
