import { WdtClient, WdtTransportError } from '@wdt-kit/client';
import { encodeRequest, WDT_PRODUCTION_URL } from '@wdt-kit/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_ACCOUNT } from './defaultAccount.js';
import { handlerTable } from './generated/handlers.js';
import { wdtHandlers } from './msw.js';
import { FIXED_NOW_MS } from './testing/callMock.js';

// The default base URL: msw intercepts it, nothing leaves the process.
const handlers = wdtHandlers({ now: () => FIXED_NOW_MS, methods: handlerTable });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => handlers.mock.reset());

const client = (options: { timeoutMs?: number } = {}) => new WdtClient({ ...DEFAULT_MOCK_ACCOUNT, now: () => FIXED_NOW_MS, maxRetries: 2, sleep: async () => {}, ...options });

describe('wdtHandlers: the mock as msw handlers', () => {
  it('serves a client pointed at the production URL, routing on ?method= to the same behaviours', async () => {
    const wdt = client();
    expect(wdt.baseUrl).toBe(WDT_PRODUCTION_URL);
    await wdt.call('wms.stockin.PreStockin.cancel', ['RK2004210014']);
    await wdt.call('purchase.PurchaseOrder.cancelOrder', ['CG202005150101']);
    expect(handlers.mock.state.resources.get('stockin.pre', 'RK2004210014')?.status).toBe(10); // 已取消
    expect(handlers.mock.state.purchaseOrders.get('CG202005150101')?.status).toBe('已取消');
    expect(handlers.mock.calls.map((call) => [call.method, call.status])).toEqual([
      ['wms.stockin.PreStockin.cancel', 0],
      ['purchase.PurchaseOrder.cancelOrder', 0],
    ]);
  });

  it('verifies requests as the server does', async () => {
    const wdt = new WdtClient({ ...DEFAULT_MOCK_ACCOUNT, appSecret: `${'f'.repeat(32)}:fedcba9876543210fedcba9876543210`, now: () => FIXED_NOW_MS });
    await expect(wdt.call('wms.stockin.PreStockin.cancel', ['RK2004210014'])).rejects.toMatchObject({ status: 1, apiMessage: '验证失败' });
  });

  // A write the client must not repeat: a repeat would create another purchase order (repeat.effect creates).
  const createOrder = (wdt: WdtClient, purchaseNo: string) =>
    wdt.call('purchase.PurchaseOrder.createOrder', [{ purchase_no: purchaseNo, provider_no: 'P1', receive_warehouse_nos: 'W1', expect_warehouse_no: 'W1', purchaser_name: '采购员', purchase_details: [{ spec_no: 'wangdiantong', num: 5 }] }]);

  it('injects faults: a rate limit is retried, a reset is msw\'s network error with an unknown outcome', async () => {
    handlers.mock.faults.add({ times: 1, fault: { type: 'rateLimit' } });
    await client().call('wms.stockin.PreStockin.cancel', ['RK2004210014']);
    handlers.mock.faults.add({ fault: { type: 'connectionReset' } });
    const error = await createOrder(client(), 'CG-MSW-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtTransportError);
    expect(error).toMatchObject({ outcomeUnknown: true, attempts: 1 });
    expect(handlers.mock.calls.map((call) => call.fault)).toEqual(['rateLimit', undefined, 'connectionReset']);
  });

  it('stalls a neverEnds call until the client times out; the call itself ran', async () => {
    handlers.mock.faults.add({ fault: { type: 'neverEnds' } });
    const error = await createOrder(client({ timeoutMs: 150 }), 'CG-MSW-2').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WdtTransportError', reason: 'timeout', outcomeUnknown: true });
    expect(handlers.mock.state.purchaseOrders.has('CG-MSW-2')).toBe(true);
  });

  it('refuses a form-urlencoded body and answers an oversized one with 413, as the socket server does', async () => {
    const signed = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'wms.stockin.PreStockin.cancel', args: ['RK2004210015'], nowMs: FIXED_NOW_MS, baseUrl: WDT_PRODUCTION_URL });
    const form = await fetch(signed.url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: signed.body });
    expect(await form.json()).toEqual({ status: 1, message: '参数错误' });
    const huge = await fetch(signed.url, { method: 'POST', headers: signed.headers, body: ' '.repeat(11 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(handlers.mock.state.resources.get('stockin.pre', 'RK2004210015')?.status).toBe(30); // 待审核
  });

  it('answers other paths and verbs under /openapi with the mock\'s 404', async () => {
    const response = await fetch('http://wdt.wangdian.cn/openapi');
    expect(response.status).toBe(404);
  });
});
