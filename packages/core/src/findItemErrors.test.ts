import { describe, expect, it } from 'vitest';
import { findItemErrors, type WdtItemError } from './findItemErrors.js';
import type { PartialFailureSpec } from './schema.js';

// The shapes the catalog's pages use for per-item failures inside a status-0 answer.
const cases: [string, PartialFailureSpec, Record<string, unknown>, WdtItemError[]][] = [
  [
    'a list of rows under data (wms.stockother.In.cancelOrder)',
    { at: 'data.error_data', shape: 'list', key: 'order_no', message: 'err_msg' },
    { status: 0, data: { success_data: ['QR1'], error_data: [{ order_no: 'QR2', err_msg: '状态不允许' }] } },
    [{ item: 'QR2', message: '状态不允许', detail: { order_no: 'QR2', err_msg: '状态不允许' } }],
  ],
  ['an empty list: nothing failed', { at: 'data.error_data', shape: 'list', key: 'order_no', message: 'err_msg' }, { status: 0, data: { error_data: [] } }, []],
  [
    'data itself, rows with a message field that is empty for items that went through',
    { at: 'data', shape: 'list', key: 'order_no', message: 'error' },
    { status: 0, data: [{ order_no: 'A', error: '' }, { order_no: 'B', error: '关联单号不存在' }] },
    [{ item: 'B', message: '关联单号不存在', detail: { order_no: 'B', error: '关联单号不存在' } }],
  ],
  ['a list of messages (sales.LogisticsSync.update)', { at: 'data', shape: 'list' }, { status: 0, data: ['同步结果状态为空!'] }, [{ message: '同步结果状态为空!', detail: '同步结果状态为空!' }]],
  [
    'a map beside data (finance.invoice.InvoiceOrder.updateInvoice)',
    { at: 'envelope.error_info', shape: 'map' },
    { status: 0, error_info: { FP1: '发票不存在!' } },
    [{ item: 'FP1', message: '发票不存在!', detail: '发票不存在!' }],
  ],
  [
    'a status flag with its message (wms.outer.OuterIn.createOrder)',
    { at: 'data', shape: 'flag', message: 'message', flag: { field: 'status', in: [20] } },
    { status: 0, data: { status: 20, message: '审核失败' } },
    [{ message: '审核失败', detail: { status: 20, message: '审核失败' } }],
  ],
  ['the flag not set: nothing failed', { at: 'data', shape: 'flag', message: 'message', flag: { field: 'status', in: [20] } }, { status: 0, data: { status: 0, message: '' } }, []],
  [
    'a flag compared as text (the server sends "1" or 1)',
    { at: 'data', shape: 'flag', message: 'message', flag: { field: 'code', in: [1] } },
    { status: 0, data: { code: '1', message: '[{"error":"x"}]' } },
    [{ message: '[{"error":"x"}]', detail: { code: '1', message: '[{"error":"x"}]' } }],
  ],
  [
    'a message other than OK (purchase.PurchaseReturn.cancelOrder)',
    { at: 'data', shape: 'flag', message: 'message', flag: { field: 'message', notIn: ['OK'] } },
    { status: 0, data: { status: 0, message: '退货单状态不正确' } },
    [{ message: '退货单状态不正确', detail: { status: 0, message: '退货单状态不正确' } }],
  ],
  ['OK: nothing failed', { at: 'data', shape: 'flag', message: 'message', flag: { field: 'message', notIn: ['OK'] } }, { status: 0, data: { status: 0, message: 'OK' } }, []],
  ['a non-empty message without a flag (sales.TradeEdit.toException)', { at: 'data', shape: 'flag', message: 'message' }, { status: 0, data: { message: '订单状态不正确' } }, [{ message: '订单状态不正确', detail: { message: '订单状态不正确' } }]],
  ['data that is not where the spec says: nothing found, no crash', { at: 'data.error_data', shape: 'list', message: 'err_msg' }, { status: 0, data: null }, []],
];

describe('findItemErrors', () => {
  it.each(cases)('%s', (_label, spec, envelope, expected) => {
    expect(findItemErrors(spec, envelope)).toEqual(expected);
  });
});
