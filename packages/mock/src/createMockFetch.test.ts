import { decodeEnvelope, encodeRequest, sendRequest, WdtApiError } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { createMockFetch, IN_PROCESS_MOCK_URL } from './createMockFetch.js';
import { DEFAULT_MOCK_ACCOUNT } from './defaultAccount.js';
import { FIXED_NOW_MS } from './testing/callMock.js';

// What the client does for one attempt: encode, send through the given fetch, decode.
async function clientCall(fetch: ReturnType<typeof createMockFetch>['fetch'], method: string, args: unknown[], signal?: AbortSignal) {
  const request = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method, args, nowMs: FIXED_NOW_MS, baseUrl: IN_PROCESS_MOCK_URL });
  const response = await sendRequest(request, { fetch, timeoutMs: 1000, idempotent: false, ...(signal ? { signal } : {}) });
  return decodeEnvelope({ method, httpStatus: response.httpStatus, contentType: response.headers.get('content-type'), body: response.body }).data;
}

describe('createMockFetch: the mock in process, without a socket', () => {
  it("serves the core's send path (what WdtClient runs) and keeps state between calls", async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    expect(mock.url).toBe(IN_PROCESS_MOCK_URL);
    expect(await clientCall(mock.fetch, 'wms.stockother.In.cancelOrder', [['QR3795']])).toEqual({ success_data: ['QR3795'], error_data: [] });
    expect(mock.state.resources.get('stockother.in', 'QR3795')?.status).toBe(80); // 已取消
    const refusal = await clientCall(mock.fetch, 'wms.stockin.PreStockin.cancel', ['RK2004210016']).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(WdtApiError);
    expect(refusal).toMatchObject({ status: 100, kind: 'business', apiMessage: '入库单状态不为待审核或编辑中 ' });
  });

  it('accepts a Request object as the standard fetch does', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    const signed = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'wms.stockin.PreStockin.cancel', args: ['RK2004210015'], nowMs: FIXED_NOW_MS, baseUrl: mock.url });
    const response = await mock.fetch(new Request(signed.url, { method: 'POST', headers: signed.headers, body: signed.body }));
    expect(await response.json()).toEqual({ status: 0 });
  });

  it('rejects with an AbortError and changes nothing when the signal is already aborted', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    const signal = AbortSignal.abort();
    const signed = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'wms.stockin.PreStockin.cancel', args: ['RK2004210015'], nowMs: FIXED_NOW_MS, baseUrl: mock.url });
    await expect(mock.fetch(signed.url, { method: 'POST', body: signed.body, signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(mock.calls).toEqual([]);
    expect(mock.state.resources.get('stockin.pre', 'RK2004210015')?.status).toBe(30); // 待审核
  });

  it('gives each mock its own state', async () => {
    const first = createMockFetch({ now: () => FIXED_NOW_MS });
    const second = createMockFetch({ now: () => FIXED_NOW_MS });
    await clientCall(first.fetch, 'wms.stockin.PreStockin.cancel', ['RK2004210014']);
    expect(second.state.resources.get('stockin.pre', 'RK2004210014')?.status).toBe(20); // 编辑中
  });
});
