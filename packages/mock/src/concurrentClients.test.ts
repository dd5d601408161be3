// 200 clients at once over real loopback HTTP, all cancelling documents that overlap: every
// request is verified, every document is cancelled exactly once, nothing is lost or doubled.
import { encodeRequest } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { createMockServer } from './createMockServer.js';
import { DEFAULT_MOCK_ACCOUNT } from './defaultAccount.js';
import type { MockEnvelope } from './MockEnvelope.js';

const DOCUMENTS = 25;
const purchaseNo = (i: number) => `PO-${String(i % DOCUMENTS).padStart(2, '0')}`;
const businessNo = (i: number) => `QR-${String(i % DOCUMENTS).padStart(2, '0')}`;

async function post(url: string, method: string, args: unknown[]): Promise<MockEnvelope> {
  const signed = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method, args, nowMs: Date.now(), baseUrl: url });
  const response = await fetch(signed.url, { method: 'POST', headers: signed.headers, body: signed.body });
  return (await response.json()) as MockEnvelope;
}

describe('200 concurrent clients over loopback HTTP', () => {
  it('cancel each overlapping document exactly once; every other call gets the documented error', async () => {
    const mock = await createMockServer({
      seed: {
        purchaseOrders: Array.from({ length: DOCUMENTS }, (_, i) => ({ purchase_no: purchaseNo(i), status: '编辑中' as const })),
        resources: { 'stockother.in': Array.from({ length: DOCUMENTS }, (_, i) => ({ other_in_no: businessNo(i), status: 10 })) }, // 待审核
      },
    });
    try {
      // 100 single cancels (4 per purchase order) and 100 list cancels (3 numbers each, 12 lists per business order), interleaved.
      const requests = Array.from({ length: 200 }, (_, i) => {
        const n = Math.floor(i / 2);
        return i % 2 === 0
          ? { kind: 'purchase' as const, nos: [purchaseNo(n)], sent: post(mock.url, 'purchase.PurchaseOrder.cancelOrder', [purchaseNo(n)]) }
          : { kind: 'business' as const, nos: [businessNo(n), businessNo(n + 1), businessNo(n + 7)], sent: post(mock.url, 'wms.stockother.In.cancelOrder', [[businessNo(n), businessNo(n + 1), businessNo(n + 7)]]) };
      });
      const answers = await Promise.all(requests.map(async (request) => ({ ...request, answer: await request.sent })));

      for (let i = 0; i < DOCUMENTS; i++) {
        const forOrder = answers.filter((a) => a.kind === 'purchase' && a.nos[0] === purchaseNo(i)).map((a) => a.answer);
        expect(forOrder.filter((answer) => answer.status === 0)).toHaveLength(1);
        expect(forOrder.filter((answer) => answer.status !== 0)).toEqual(Array(3).fill({ status: 100, message: '采购单不是编辑中状态' }));
        expect(mock.state.purchaseOrders.get(purchaseNo(i))?.status).toBe('已取消');
      }

      const listAnswers = answers.filter((a) => a.kind === 'business').map((a) => a.answer.data as { success_data: string[]; error_data: { order_no: string; err_msg: string }[] });
      for (let i = 0; i < DOCUMENTS; i++) {
        const no = businessNo(i);
        expect(listAnswers.flatMap((data) => data.success_data).filter((done) => done === no)).toHaveLength(1);
        expect(listAnswers.flatMap((data) => data.error_data).filter((failed) => failed.order_no === no)).toEqual(Array(11).fill({ order_no: no, err_msg: '单据状态不是编辑中、待审核、已审核，不允许取消' }));
        expect(mock.state.resources.get('stockother.in', no)?.status).toBe(80); // 已取消
      }

      expect(mock.calls).toHaveLength(200);
      expect(new Set(mock.calls.map((call) => call.status))).toEqual(new Set([0, 100]));
      expect(mock.calls.every((call) => call.args !== undefined)).toBe(true);
    } finally {
      await mock.close();
    }
  });
});
