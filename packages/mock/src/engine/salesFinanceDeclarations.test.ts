// The declarations of the sales, aftersales and finance specs, run by the engine: what a write
// files is what its query returns, and refusals are the documented ones.
import { validateValue } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { handlerTable } from '../generated/handlers.js';
import { FIXED_NOW_MS } from '../testing/callMock.js';
import { flowMock, TODAY } from '../testing/flowMock.js';
import { PAGE_REQUEST_EXAMPLES } from '../testing/pageRequestExamples.js';

const page = { pageSize: 50, pageNo: 0, calcTotal: true };
type Row = Record<string, unknown>;
const rowsOf = (answer: { data?: unknown }, list: string) => ((answer.data as Record<string, Row[]>)[list] ?? []) as Row[];
const validAgainstReturns = (method: string, data: unknown) => validateValue(data, handlerTable[method]!.returns!, 'data');

const refund = (refund_no: string, change: Row = {}) => ({ refund_no, num: 1, tid: 'T1', oid: 'T1-1', type: 2, status: 3, refund_version: '1', refund_amount: 9.5, actual_refund_amount: 9.5, title: '退货', buyer_nick: 'b', is_aftersale: 1, reason: '不想要', ...change });

describe('write then query, per item of a list argument', () => {
  it.each([
    ['aftersales.refund.RawRefund.upload', ['S1', [refund('R1'), refund('R2', { tid: 'T2' })]], 'aftersales.refund.RawRefund.search', { tid: 'T2' }, 'order', 'refund_no', ['R2']],
    ['aftersales.refund.RawRefund.upload2', ['S1', [refund('R3', { logistics_no: 'SF1' })]], 'aftersales.refund.RawRefund.search', { logistics_no: 'SF1' }, 'order', 'refund_no', ['R3']],
    ['finance.RawPayment.push', [[{ shop_no: 'S1', order_no: 'T9', pay_order_no: 'P1', in_amount: 3 }, { shop_no: 'S2', order_no: 'T9', pay_order_no: 'P2' }]], 'finance.RawPayment.search', { ...TODAY, shop_no: 'S1' }, 'detail_list', 'pay_order_no', ['P1']],
  ])('%s files what %s returns', async (write, args, query, params, list, key, expected) => {
    const mock = flowMock();
    expect((await mock.call(write, args)).status).toBe(0);
    const answer = await mock.call(query, [params], page);
    expect(rowsOf(answer, list).map((row) => row[key])).toEqual(expected);
    expect(validAgainstReturns(query, answer.data)).toEqual([]);
  });

  it('an uploaded raw refund keeps its refund number, shop and amounts; uploading it again changes it in place', async () => {
    let now = FIXED_NOW_MS;
    const mock = flowMock({ now: () => now });
    await mock.call('aftersales.refund.RawRefund.upload', ['S1', [refund('R1')]]);
    now += 60_000;
    await mock.call('aftersales.refund.RawRefund.upload', ['S1', [refund('R1', { actual_refund_amount: 5, logistics_no: 'YT2' })]]);
    const [row, ...rest] = rowsOf(await mock.call('aftersales.refund.RawRefund.search', [{ refund_no: 'R1' }], page), 'order');
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ refund_no: 'R1', shop_no: 'S1', tid: 'T1', status: 3, actual_refund_amount: 5, logistics_no: 'YT2', created: '2024-01-01 08:00:00', modified: '2024-01-01 08:01:00' });
  });

  it('numbers a platform bill pushed without a 支付单号', async () => {
    const mock = flowMock();
    await mock.call('finance.RawPayment.push', PAGE_REQUEST_EXAMPLES['finance.RawPayment.push']!);
    const rows = rowsOf(await mock.call('finance.RawPayment.search', [{ ...TODAY, shop_no: 'POS' }], page), 'detail_list');
    expect(rows.map((row) => [row.pay_order_no, row.order_no])).toEqual([
      ['ZD202401010001', 'AFpUNQaX4Ysss'],
      ['0Be1tqsxdb', '0Be1tqsxdb'],
    ]);
  });
});

describe('finance.settle.Purchase.upload then finance.settle.Purchase.search', () => {
  it('creates a numbered settlement, 待审核 unless is_check, with its lines', async () => {
    const mock = flowMock();
    const order = { purchase_no: 'CG1', logistics_no: 'SF9', remark: '月结' };
    expect(await mock.call('finance.settle.Purchase.upload', [order, [{ spec_no: 'S1', settle_num: 2, price: 3.5 }]])).toEqual({ status: 0, data: { order_no: 'JS202401010001' } });
    expect(await mock.call('finance.settle.Purchase.upload', [{ ...order, is_check: true }, [{ spec_no: 'S1', settle_num: 1 }]])).toEqual({ status: 0, data: { order_no: 'JS202401010002' } });
    const answer = await mock.call('finance.settle.Purchase.search', [{ purchase_no: 'CG1', modified_from: TODAY.start_time, modified_to: TODAY.end_time }], page);
    const rows = rowsOf(answer, 'order') as (Row & { detail_list: Row[] })[];
    expect(rows.map((row) => [row.settle_no, row.status, row.logistics_no_list, row.remark])).toEqual([
      ['JS202401010001', 20, 'SF9', '月结'],
      ['JS202401010002', 30, 'SF9', '月结'],
    ]);
    expect(rows[0]!.detail_list.map((line) => [line.spec_no, line.settle_num, line.price])).toEqual([['S1', 2, 3.5]]);
    expect(validAgainstReturns('finance.settle.Purchase.search', answer.data)).toEqual([]);
  });
});

describe('finance.invoice.InvoiceOrder.updateInvoice', () => {
  const seed = { resources: { 'invoice.order': [{ invoice_order_no: 'FP1', status: 45 }, { invoice_order_no: 'FP2', status: 40 }] } };
  const update = (invoiceNo: string) => ({ invoice_order_no: invoiceNo, invoice_no: 'N1', invoice_code: 'C1', status: 60, file_url: 'https://x/1.pdf' });

  it('moves a 线下待开票 invoice to 开票成功 once with its number, code and file, and lists unknown and wrong-status ones in error_info', async () => {
    const mock = flowMock({ seed });
    expect(await mock.call('finance.invoice.InvoiceOrder.updateInvoice', [[update('FP1'), update('FP-NEVER'), update('FP2')]])).toEqual({
      status: 0,
      error_info: { 'FP-NEVER': '发票不存在!', FP2: '发票状态不是线下待开票或线下开票失败' },
    });
    const rows = rowsOf(await mock.call('finance.invoice.InvoiceOrder.search', [{ invoice_order_no: 'FP1' }], page), 'order');
    expect(rows.map((row) => [row.status, row.invoice_no, row.invoice_code, row.file_url])).toEqual([[60, 'N1', 'C1', 'https://x/1.pdf']]);
    expect(await mock.call('finance.invoice.InvoiceOrder.updateInvoice', [[update('FP1')]])).toEqual({ status: 0, error_info: { FP1: '发票状态不是线下待开票或线下开票失败' } });
  });

  it("answers the page's request example on a fresh mock", async () => {
    expect(await flowMock().call('finance.invoice.InvoiceOrder.updateInvoice', PAGE_REQUEST_EXAMPLES['finance.invoice.InvoiceOrder.updateInvoice']!)).toEqual({ status: 0, error_info: {} });
  });
});

describe('sales.TradeImport.upload then sales.TradeQuery.queryWithDetail', () => {
  const row = (trade_no: string) => ({ trade_no, receivable: 12.5, shop_name: '店', warehouse_name: '仓', logistics_name: '自有', logistics_no: `L-${trade_no}`, merchant_no: 'S1', num: 1, order_price: 12.5, receiver_name: '张三', receiver_address: '北京', receiver_mobile: '13500000000' });

  it('files each trade as 待转已完成, and refuses a trade number that exists', async () => {
    const mock = flowMock();
    expect((await mock.call('sales.TradeImport.upload', [[row('IMP-1')]])).status).toBe(0);
    const answer = await mock.call('sales.TradeQuery.queryWithDetail', [{ trade_no: 'IMP-1' }], page);
    expect(rowsOf(answer, 'order').map((trade) => [trade.trade_no, trade.trade_status, trade.logistics_no, trade.receiver_name])).toEqual([['IMP-1', 7, 'L-IMP-1', '张三']]);
    expect(validAgainstReturns('sales.TradeQuery.queryWithDetail', answer.data)).toEqual([]);
    expect(await mock.call('sales.TradeImport.upload', [[row('IMP-1')]])).toEqual({ status: 100, message: '订单编号已存在' });
  });
});
