// A write is never duplicated: not when the connection drops after the server executed it, and not
// when many clients cancel the same documents at once.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { WdtApiError, WdtClient, WdtResponseError, WdtTransportError } from '../../packages/client/dist/index.js';
import { createMockServer, MockWangdian } from '../../packages/mock/dist/index.js';
import { mockAccount } from '../support/repoRoot.js';

// A write whose repeat would create a second purchase order (repeat.effect creates): the client must not send it twice.
const createOrder = (wdt: WdtClient, purchaseNo: string) =>
  wdt.purchase.PurchaseOrder.createOrder({ purchase_no: purchaseNo, provider_no: 'P1', receive_warehouse_nos: 'W1', expect_warehouse_no: 'W1', purchaser_name: '采购员', purchase_details: [{ spec_no: 'wangdiantong', num: 5 }] });

describe('execute, then drop the connection', () => {
  it('reports an unknown outcome, does not retry, and the order was created exactly once', async () => {
    // The real mock logic behind a front door that executes each request and then hangs up
    // before sending a single response byte.
    const wangdian = new MockWangdian();
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        wangdian.handle({ method: req.method ?? 'POST', url: req.url ?? '/', body: Buffer.concat(chunks) });
        res.socket?.destroy();
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const wdt = new WdtClient({ ...mockAccount, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi`, maxRetries: 3, sleep: async () => {} });
      const error = await createOrder(wdt, 'CG-SAFE-1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WdtTransportError);
      expect(error).toMatchObject({ outcomeUnknown: true, attempts: 1 });
      expect((error as Error).message).toContain('outcome unknown');
      expect(wangdian.calls.filter((c) => c.method === 'purchase.PurchaseOrder.createOrder')).toHaveLength(1);
      expect(wangdian.state.purchaseOrders.has('CG-SAFE-1')).toBe(true);
    } finally {
      server.close();
    }
  });
});

describe('execute, then answer with a gateway error or a 429 carrying the success envelope', () => {
  // Regression: a 504 after a write gave no outcomeUnknown, and a 429 {"status":0} write was sent 3 times.
  it.each([
    ['a 504 page', 504, () => '<html><body><h1>504 Gateway Time-out</h1></body></html>'],
    ['a 502 page', 502, () => '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['HTTP 429 with the success envelope', 429, (body: string) => body],
  ])('%s: outcome unknown, sent once, ran once', async (_name, httpStatus, bodyOf) => {
    const wangdian = new MockWangdian();
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const answer = wangdian.handle({ method: req.method ?? 'POST', url: req.url ?? '/', body: Buffer.concat(chunks) });
        res.writeHead(httpStatus, { 'content-type': 'text/html' });
        res.end(bodyOf(answer.kind === 'respond' ? answer.response.body : ''));
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const wdt = new WdtClient({ ...mockAccount, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi`, maxRetries: 3, sleep: async () => {} });
      const error = await createOrder(wdt, 'CG-SAFE-2').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WdtResponseError);
      expect(error).toMatchObject({ httpStatus, outcomeUnknown: true, attempts: 1 });
      expect(wangdian.calls.filter((c) => c.method === 'purchase.PurchaseOrder.createOrder')).toHaveLength(1);
    } finally {
      server.close();
    }
  });

  it('a rate-limited write is sent again and runs once', async () => {
    const mock = await createMockServer({ port: 0 });
    try {
      mock.faults.add({ times: 2, fault: { type: 'rateLimit' } });
      const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, maxRetries: 3, sleep: async () => {} });
      await wdt.wms.stockin.PreStockin.cancel('RK2004210014');
      expect(mock.calls.map((c) => c.status)).toEqual([100, 100, 0]);
      expect(mock.state.resources.get('stockin.pre', 'RK2004210014')?.status).toBe(10); // 已取消
    } finally {
      await mock.close();
    }
  });
});

describe('many clients cancelling the same documents at once', () => {
  it('cancels each document exactly once; every other call gets the documented error', async () => {
    const mock = await createMockServer({ port: 0 });
    try {
      const clients = Array.from({ length: 50 }, () => new WdtClient({ ...mockAccount, baseUrl: mock.url, maxRetries: 0 }));
      const preStockins = ['RK2004210014', 'RK2004210015'];
      const results = await Promise.all(
        clients.flatMap((wdt) => [
          ...preStockins.map((no) => wdt.wms.stockin.PreStockin.cancel(no).then(() => ({ no, ok: true }), (error: unknown) => ({ no, ok: false, error }))),
          wdt.wms.stockother.In.cancelOrder(['QR3795', 'QR3796']).then((data) => ({ no: 'QR', ok: true, data }), (error: unknown) => ({ no: 'QR', ok: false, error })),
        ]),
      );

      for (const no of preStockins) {
        const forDocument = results.filter((r) => r.no === no);
        expect(forDocument.filter((r) => r.ok)).toHaveLength(1);
        for (const failure of forDocument.filter((r) => !r.ok)) {
          expect((failure as { error: unknown }).error).toBeInstanceOf(WdtApiError);
          expect((failure as { error: WdtApiError }).error).toMatchObject({ status: 100, apiMessage: '入库单状态不为待审核或编辑中 ' });
        }
        expect(mock.state.resources.get('stockin.pre', no)?.status).toBe(10); // 已取消
      }

      const cancelOrders = results.filter((r) => r.no === 'QR') as { ok: boolean; data: { success_data: string[]; error_data: { order_no: string; err_msg: string }[] } }[];
      expect(cancelOrders.every((r) => r.ok)).toBe(true);
      for (const no of ['QR3795', 'QR3796']) {
        expect(cancelOrders.filter((r) => r.data.success_data.includes(no))).toHaveLength(1);
        expect(cancelOrders.filter((r) => r.data.error_data.some((e) => e.order_no === no))).toHaveLength(clients.length - 1);
      }
      expect(mock.calls).toHaveLength(clients.length * 3);
      expect(mock.calls.every((c) => c.status === 0 || c.status === 100)).toBe(true);
    } finally {
      await mock.close();
    }
  });
});
