// Every `partialFailure` locator in the catalog, proved against its own page: the page's failure
// example (copied below, trimmed to the part that matters) run through findItemErrors must yield the
// failed items the page shows, and the spec's success example (the page's 6.1, examples.response)
// must yield none, unless the page's 6.1 is itself an answer with failures.
import { findItemErrors } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { loadModel } from './generate.js';
import { repoSpecsDir } from './testing/specFixtures.js';

interface Found {
  item?: string;
  message: string;
}

interface PageCase {
  method: string;
  /**
   * Where the failing answer comes from: the page's 6.2 异常响应示例, its 6.1 正常响应示例 (when that
   * example already reports failures), or, when the page shows no answer with a failure (its 6.2 is a
   * status-100 error), the data table's row `status 20：审核失败`, with a placeholder reason.
   */
  from: '6.2' | '6.1' | 'table';
  failure: Record<string, unknown>;
  found: Found[];
  /** What the success example yields, when not nothing (see `from: '6.1'` and the known gap below). */
  successFinds?: Found[];
}

/** A create-style answer: the document was created (status 0) but approving it failed (data.status 20). */
const createdButNotApproved = (data: Record<string, unknown> = {}): Record<string, unknown> => ({ status: 0, data: { ...data, message: '审核失败', status: 20 } });

const barcodeFailures: Found[] = [
  { item: 'TEST001', message: '条码重复' },
  { item: 'TEST002', message: '条码重复' },
];
const brandFailures: Found[] = [{ item: 'lir_name_a', message: 'lir_name_a:品牌名称重复' }];
const returnCancelFailures: Found[] = [
  { item: '23', message: '采购退货单号不存在' },
  { item: '412412', message: '采购退货单号不存在' },
  { item: 'CR202211100001', message: '采购退货单不是待审核或者编辑中状态' },
];
const inCancelFailures: Found[] = [{ item: 'QR3797', message: '单据状态不是编辑中、待审核、已审核，不允许取消' }];
const outCancelFailures: Found[] = [
  { item: 'QC202409200002', message: '单据状态不是编辑中、待审核、已审核，不允许取消' },
  { item: 'QC202409200001', message: '单据状态不是编辑中、待审核、已审核，不允许取消' },
];
const cancelByTypeMessage =
  '[{"error":"采购单编号:CG2212140009,采购单非部分入库状态"},{"error":"采购单编号:CG2212140008,采购单非部分入库状态"},{"error":"采购单编号:CG2212140007,采购单非部分入库状态"},{"error":"采购单编号:CG2212140006,采购单非部分入库状态"},{"error":"采购单编号:CG2212140005,采购单非部分入库状态"},{"error":"采购单编号:CG2212140004,采购单非部分入库状态"},{"error":"采购单编号:CG2212140003,采购单非部分入库状态"},{"error":"采购单编号:CG2212140002,采购单非部分入库状态"}]';
const wmsPushMessage = "check_fail 审核成功, 推送WMS失败： 旺店通WMS返回：Db Error: Unknown column 'is_gift' in 'field list'";

const cases: PageCase[] = [
  {
    method: 'aftersales.refund.RawRefund.upload2',
    from: '6.2',
    failure: { status: 0, data: { chg_count: 0, error_list: [{ error: '店铺权限不足', no: 'lztest' }], new_count: 0 } },
    found: [{ item: 'lztest', message: '店铺权限不足' }],
  },
  {
    method: 'finance.RawPayment.push',
    from: '6.2',
    failure: { status: 0, total: 1, data: [{ order_no: 'AFpUNQaX4Ysss', error: '关联单号不存在' }] },
    found: [{ item: 'AFpUNQaX4Ysss', message: '关联单号不存在' }],
  },
  {
    method: 'finance.invoice.InvoiceOrder.updateInvoice',
    from: '6.2',
    failure: { error_info: { FP201902130005: '发票不存在!' }, status: 0 },
    found: [{ item: 'FP201902130005', message: '发票不存在!' }],
  },
  {
    method: 'goods.Barcode.upload',
    from: '6.1',
    failure: {
      data: {
        error_list: [
          { barcode: 'TEST001', merchant_no: 'TEST', message: '条码重复' },
          { barcode: 'TEST002', merchant_no: 'TEST', message: '条码重复' },
        ],
      },
      status: 0,
    },
    found: barcodeFailures,
    successFinds: barcodeFailures,
  },
  {
    method: 'goods.Goods.batchPush',
    from: '6.2',
    failure: {
      status: 0,
      data: {
        error_list: [
          { error: '单品条数不得超过500条或为空', no: 'testGoodsQ12-21 10:52:32_0' },
          { error: '单品条数不得超过500条或为空', no: 'testGoodsQ12-21 10:52:32_1' },
        ],
      },
    },
    found: [
      { item: 'testGoodsQ12-21 10:52:32_0', message: '单品条数不得超过500条或为空' },
      { item: 'testGoodsQ12-21 10:52:32_1', message: '单品条数不得超过500条或为空' },
    ],
  },
  {
    method: 'goods.GoodsBrand.upload',
    from: '6.1',
    failure: { status: 0, data: { error_info: [{ name: 'lir_name_a', err_msg: 'lir_name_a:品牌名称重复' }] } },
    found: brandFailures,
    successFinds: brandFailures,
  },
  {
    method: 'process.Process.upload',
    from: 'table',
    failure: createdButNotApproved({ process_id: 0, process_no: 'PS2021113010' }),
    found: [{ message: '审核失败' }],
  },
  {
    method: 'purchase.ProviderGoods.upload',
    from: '6.2',
    failure: { status: 0, data: { error_list: ['LCTtest11 供应商货品重复,商家编码：dongfangshuye', '秋天001 供应商货品重复,商家编码：wangdiantong'] } },
    found: [{ message: 'LCTtest11 供应商货品重复,商家编码：dongfangshuye' }, { message: '秋天001 供应商货品重复,商家编码：wangdiantong' }],
  },
  {
    method: 'purchase.PurchaseApply.cancelForApi',
    from: '6.2',
    failure: {
      status: 0,
      total: 2,
      data: [
        { order_id: 764, order_no: 'POA2309040001', error: '采购申请单状态不是编辑中或待确认', error_code: 0 },
        { order_id: 767, order_no: 'POA2309130001', error: '采购申请单状态不是编辑中或待确认', error_code: 0 },
      ],
    },
    found: [
      { item: 'POA2309040001', message: '采购申请单状态不是编辑中或待确认' },
      { item: 'POA2309130001', message: '采购申请单状态不是编辑中或待确认' },
    ],
  },
  {
    method: 'purchase.PurchaseApply.stopForApi',
    from: '6.2',
    failure: {
      status: 0,
      total: 2,
      data: [
        { order_id: 764, order_no: 'POA2309040001', error: '采购申请单状态不是部分引用', error_code: 0 },
        { order_id: 767, order_no: 'POA2309130001', error: '采购申请单状态不是部分引用', error_code: 0 },
      ],
    },
    found: [
      { item: 'POA2309040001', message: '采购申请单状态不是部分引用' },
      { item: 'POA2309130001', message: '采购申请单状态不是部分引用' },
    ],
  },
  {
    method: 'purchase.PurchaseOrder.cancelByType',
    from: '6.2',
    failure: { status: 0, data: { code: 1, message: cancelByTypeMessage, error_count: 8 } },
    // One failure: the server sends the failed orders as one JSON-encoded string.
    found: [{ message: cancelByTypeMessage }],
  },
  { method: 'purchase.PurchaseOrder.createOrder', from: 'table', failure: createdButNotApproved(), found: [{ message: '审核失败' }] },
  {
    method: 'purchase.PurchaseOrder.pending',
    from: '6.2',
    failure: {
      status: 0,
      data: {
        error_info: [
          { order_no: 'xxxxxxx', message: '采购单号不存在' },
          { order_no: 'lskdjlkjklj', message: '采购单号不存在' },
          { order_no: 'CG202006090016', message: '采购单非部分入库状态' },
        ],
        status: 0,
      },
    },
    found: [
      { item: 'xxxxxxx', message: '采购单号不存在' },
      { item: 'lskdjlkjklj', message: '采购单号不存在' },
      { item: 'CG202006090016', message: '采购单非部分入库状态' },
    ],
  },
  {
    method: 'purchase.PurchaseReturn.batchCancelOrder',
    from: '6.1',
    failure: {
      status: 0,
      data: {
        error_info: [
          { order_no: '23', message: '采购退货单号不存在' },
          { order_no: '412412', message: '采购退货单号不存在' },
          { order_no: 'CR202211100001', message: '采购退货单不是待审核或者编辑中状态' },
        ],
        error_num: 3,
        status: 0,
      },
    },
    found: returnCancelFailures,
    successFinds: returnCancelFailures,
  },
  {
    method: 'purchase.PurchaseReturn.cancelOrder',
    from: '6.2',
    failure: { status: 0, data: { message: '采购退货单号为 xxxxxxxxx 的单据不存在', status: 0 } },
    found: [{ message: '采购退货单号为 xxxxxxxxx 的单据不存在' }],
  },
  { method: 'purchase.PurchaseReturn.createOrder', from: 'table', failure: createdButNotApproved(), found: [{ message: '审核失败' }] },
  {
    method: 'purchase.PurchaseReturn.pending',
    from: '6.2',
    failure: {
      status: 0,
      data: {
        error_info: [
          { order_no: 'xxxxxxx', message: '采购退货单号不存在' },
          { order_no: 'lskdjlkjklj', message: '采购退货单号不存在' },
        ],
        status: 0,
      },
    },
    found: [
      { item: 'xxxxxxx', message: '采购退货单号不存在' },
      { item: 'lskdjlkjklj', message: '采购退货单号不存在' },
    ],
  },
  { method: 'sales.LogisticsSync.update', from: '6.2', failure: { status: 0, data: ['同步结果状态为空!'] }, found: [{ message: '同步结果状态为空!' }] },
  {
    method: 'sales.RawTrade.pushSelf2',
    from: '6.2',
    failure: { status: 0, data: { chg_count: 0, error_list: [{ error: 'XXXXXXXXX', no: 'ceshi20230109002' }], new_count: 1 } },
    found: [{ item: 'ceshi20230109002', message: 'XXXXXXXXX' }],
  },
  {
    // The page's examples are bare data objects; the envelope is added here as in examples.response.
    method: 'sales.StockSync.batchCalcStock',
    from: '6.2',
    failure: { status: 0, data: { success_date: [{}], error_date: [{ err_msg: 'force_sync', rec_id: 2447 }] } },
    found: [{ item: '2447', message: 'force_sync' }],
  },
  {
    method: 'sales.TradeEdit.modifyRemark',
    from: '6.2',
    failure: { status: 0, data: { error: [{ trade_no: 'xxxxxx', message: '订单状态不正确' }] } },
    found: [{ item: 'xxxxxx', message: '订单状态不正确' }],
  },
  { method: 'sales.TradeEdit.toException', from: '6.2', failure: { data: { message: '订单状态不正确' }, status: 0 }, found: [{ message: '订单状态不正确' }] },
  { method: 'setting.strategy.VirtualWarehouse.create', from: 'table', failure: createdButNotApproved(), found: [{ message: '审核失败' }] },
  { method: 'wms.outer.OuterIn.createOrder', from: 'table', failure: createdButNotApproved(), found: [{ message: '审核失败' }] },
  { method: 'wms.outer.OuterOut.createOrder', from: 'table', failure: createdButNotApproved(), found: [{ message: '审核失败' }] },
  { method: 'wms.stockin.Other.createOtherOrder', from: 'table', failure: createdButNotApproved(), found: [{ message: '审核失败' }] },
  { method: 'wms.stockin.Transfer.createOrder', from: 'table', failure: createdButNotApproved(), found: [{ message: '审核失败' }] },
  {
    method: 'wms.stockother.In.cancelOrder',
    from: '6.1',
    failure: { status: 0, data: { success_data: ['QR3796', 'QR3795'], error_data: [{ order_no: 'QR3797', err_msg: '单据状态不是编辑中、待审核、已审核，不允许取消' }] } },
    found: inCancelFailures,
    successFinds: inCancelFailures,
  },
  {
    method: 'wms.stockother.In.push',
    from: '6.2',
    failure: { status: 0, data: { outer_no: 'XXXXXXXXX', message: wmsPushMessage, status: 20 } },
    found: [{ message: wmsPushMessage }],
  },
  {
    method: 'wms.stockother.Out.cancelOrder',
    from: '6.1',
    failure: {
      status: 0,
      data: {
        success_data: ['QC202409200002'],
        error_data: [
          { order_no: 'QC202409200002', err_msg: '单据状态不是编辑中、待审核、已审核，不允许取消' },
          { order_no: 'QC202409200001', err_msg: '单据状态不是编辑中、待审核、已审核，不允许取消' },
        ],
      },
    },
    found: outCancelFailures,
    successFinds: outCancelFailures,
  },
  {
    method: 'wms.stockother.Out.push',
    from: '6.2',
    failure: { status: 0, data: { outer_no: 'XXXXXXXXXX', message: wmsPushMessage, status: 20 } },
    found: [{ message: wmsPushMessage }],
  },
  { method: 'wms.stockout.Other.createOther', from: 'table', failure: createdButNotApproved(), found: [{ message: '审核失败' }] },
  { method: 'wms.stockout.Transfer.createOrder', from: 'table', failure: createdButNotApproved(), found: [{ message: '审核失败' }] },
  {
    method: 'wms.stocktransfer.Edit.createOrder',
    from: 'table',
    failure: createdButNotApproved({ transfer_no: 'TF202204180004' }),
    found: [{ message: '审核失败' }],
  },
  {
    method: 'wms.stocktransfer.Manage.pending',
    from: '6.2',
    failure: {
      status: 0,
      data: {
        error_info: [
          { order_no: 'xxxxxxx', message: '调拨单号不存在' },
          { order_no: 'lskdjlkjklj', message: '调拨单号不存在' },
        ],
        status: 0,
      },
    },
    found: [
      { item: 'xxxxxxx', message: '调拨单号不存在' },
      { item: 'lskdjlkjklj', message: '调拨单号不存在' },
    ],
  },
];

const models = loadModel(repoSpecsDir);
const located = models.filter((model) => model.spec.partialFailure !== undefined);
const modelOf = (method: string) => {
  const model = located.find((candidate) => candidate.spec.method === method);
  if (!model) throw new Error(`${method} has no spec with a partialFailure locator`);
  return model;
};
const foundIn = (model: (typeof models)[number], envelope: Record<string, unknown>): Found[] =>
  findItemErrors(model.spec.partialFailure!, envelope).map(({ item, message }) => (item === undefined ? { message } : { item, message }));

describe('partialFailure locators against their pages', () => {
  it('covers every spec with a locator, once', () => {
    expect(cases.map((c) => c.method).sort()).toEqual(located.map((model) => model.spec.method).sort());
  });

  it.each(cases)('$method finds the failures of its page ($from)', ({ method, failure, found }) => {
    expect(found.length).toBeGreaterThan(0);
    expect(foundIn(modelOf(method), failure)).toEqual(found);
  });

  const withSuccess = cases.filter((c) => modelOf(c.method).spec.examples?.response !== undefined);
  it.each(withSuccess)('$method: its success example reports what the page shows', ({ method, successFinds }) => {
    const model = modelOf(method);
    expect(foundIn(model, model.spec.examples!.response!)).toEqual(successFinds ?? []);
  });
});
