import { describe, expect, it } from 'vitest';
import type { MockEnvelope } from '../MockEnvelope.js';
import { FIXED_NOW_TEXT, flowMock } from '../testing/flowMock.js';
import { STOCK_SEARCH_KEYS } from '../testing/pageExampleKeys.js';
import { PAGE_REQUEST_EXAMPLES } from '../testing/pageRequestExamples.js';

const page = { pageSize: 100, pageNo: 0, calcTotal: true };
const goods = [
  { goods_no: 'G1', spec_list: [{ spec_no: 'S1' }, { spec_no: 'S2' }] },
  // The SKUs of the pages' request examples.
  { goods_no: 'examples', spec_list: [{ spec_no: 'gy01' }, { spec_no: 'PC_2018' }] },
];
type StockRow = Record<string, unknown> & { spec_no: string; warehouse_no: string };

function stockMock() {
  const mock = flowMock({ seed: { goods: [...goods, { goods_no: 'wangdiantong', goods_id: 1, spec_list: [{ spec_no: 'wangdiantong', spec_id: 1 }] }] } });
  const stockOf = async (specNo: string, warehouseNo = 'W1') => {
    const answer = await mock.call('wms.StockSpec.search', [{ spec_nos: [specNo], warehouse_no: warehouseNo }], page);
    return (answer.data as StockRow[])[0];
  };
  return Object.assign(mock, { stockOf });
}

const stockin = (outerNo: string, lines: unknown[], isCheck?: number) => [{ outer_no: outerNo, warehouse_no: 'W1', goods_list: lines, ...(isCheck === undefined ? {} : { is_check: isCheck }) }];
const stockout = stockin;
const created = (message: string): MockEnvelope => ({ status: 0, data: { message, status: 0 } });

describe('wms.StockSpec.search', () => {
  it("answers the test account's stock in the shape of the page's example: top-level total, data the list", async () => {
    const answer = await flowMock().call('wms.StockSpec.search', [{ spec_nos: ['wangdiantong'], mask: 3 }], page);
    expect(answer.total).toBe(1);
    const [row] = answer.data as StockRow[];
    expect(Object.keys(row!)).toEqual(expect.arrayContaining(STOCK_SEARCH_KEYS));
    expect(row).toMatchObject({ spec_no: 'wangdiantong', goods_name: 'wangdiantong', warehouse_no: 'wdtapi3-test', warehouse_id: 624, stock_num: 3, available_send_stock: 3, defect: 0 });
  });

  it.each([
    ['mask 0', 0, [], ['cost_price', 'today_num']],
    ['mask 1 (sales figures)', 1, ['today_num', 'num_all'], ['cost_price']],
    ['mask 2 (cost price)', 2, ['cost_price'], ['today_num']],
  ])('adds the fields of %s only', async (_label, mask, present, absent) => {
    const [row] = (await flowMock().call('wms.StockSpec.search', [{ spec_nos: ['wangdiantong'], mask }], page)).data as StockRow[];
    for (const field of present) expect(row).toHaveProperty(field);
    for (const field of absent) expect(row).not.toHaveProperty(field);
  });

  it.each([
    ['neither a time range nor merchant codes', {}, '参数中必须包含起止时间'],
    ['a range of 31 days', { start_time: '2024-01-01 00:00:00', end_time: '2024-02-01 00:00:00' }, '您的查询时间过宽,查询时间不能大于30天'],
  ])('refuses %s', async (_label, params, message) => {
    expect(await flowMock().call('wms.StockSpec.search', [params], page)).toEqual({ status: 100, message });
  });

  it("answers the page's request example (an unknown SKU in 2019) with no rows", async () => {
    expect(await flowMock().call('wms.StockSpec.search', PAGE_REQUEST_EXAMPLES['wms.StockSpec.search']!, page)).toEqual({ status: 0, total: 0, data: [] });
  });

  it('pages rows changed in the time range, oldest change first, cut to the documented 1000 rows a page', async () => {
    const stock = Array.from({ length: 1200 }, (_, i) => ({ warehouse_no: 'W9', spec_no: `X${String(i).padStart(4, '0')}`, stock_num: i, modified: '2024-01-01 09:00:00' }));
    const mock = flowMock({ seed: { stock: [{ warehouse_no: 'W0', spec_no: 'OLD', modified: '2023-06-01 00:00:00' }, ...stock] } });
    const range = { start_time: '2024-01-01 00:00:00', end_time: '2024-01-02 00:00:00' };
    const first = await mock.call('wms.StockSpec.search', [range], { pageSize: 5000, pageNo: 0, calcTotal: true });
    const second = await mock.call('wms.StockSpec.search', [range], { pageSize: 1000, pageNo: 1 });
    expect(first.total).toBe(1200);
    expect((first.data as StockRow[]).length).toBe(1000);
    expect((second.data as StockRow[]).map((row) => row.spec_no)).toEqual(stock.slice(1000).map((row) => row.spec_no));
    expect(second).not.toHaveProperty('total');
  });
});

describe('wms.stockin.Other.createOtherOrder and wms.stockout.Other.createOther move the stock', () => {
  it("puts the goods of the create page's request example into stock when created 已审核", async () => {
    const mock = stockMock();
    const [example] = PAGE_REQUEST_EXAMPLES['wms.stockin.Other.createOtherOrder']! as [Record<string, unknown>];
    expect(await mock.call('wms.stockin.Other.createOtherOrder', [{ ...example, is_check: 1 }])).toEqual(created('CG2019112800061234567890'));
    expect(await mock.stockOf('gy01', 'ytz')).toMatchObject({ stock_num: 3, available_send_stock: 3, last_inout_time: FIXED_NOW_TEXT });
    expect(mock.state.resources.get('stockin.other', 'CG2019112800061234567890')).toMatchObject({ status: 80, fields: { warehouse_no: 'ytz' }, lines: [expect.objectContaining({ spec_no: 'gy01', goods_count: '3' })] });
  });

  it.each([
    ['待审核 (the default)', undefined, 30],
    ['待审核 (is_check 0)', 0, 30],
    ['编辑中 (is_check 2)', 2, 20],
  ])('leaves the stock alone for a document created %s', async (_label, isCheck, status) => {
    const mock = stockMock();
    expect(await mock.call('wms.stockin.Other.createOtherOrder', stockin('IN-1', [{ spec_no: 'S1', num: 5 }], isCheck))).toEqual(created('IN-1'));
    expect(mock.state.resources.get('stockin.other', 'IN-1')?.status).toBe(status);
    expect(mock.state.stock.quantity('W1', 'S1')).toBe(0);
  });

  it('keeps good and defective stock apart', async () => {
    const mock = stockMock();
    await mock.call('wms.stockin.Other.createOtherOrder', stockin('IN-1', [{ spec_no: 'S1', num: 5 }, { spec_no: 'S1', num: 2, defect: true }], 1));
    expect([mock.state.stock.quantity('W1', 'S1'), mock.state.stock.quantity('W1', 'S1', true)]).toEqual([5, 2]);
  });

  it('takes goods out of stock with a 已审核 stock-out document, and fails the approval (status 20) when there is not enough', async () => {
    const mock = stockMock();
    await mock.call('wms.stockin.Other.createOtherOrder', stockin('IN-1', [{ spec_no: 'S1', num: 5 }], 1));
    expect(await mock.call('wms.stockout.Other.createOther', stockout('OUT-1', [{ spec_no: 'S1', num: 3 }], 1))).toEqual(created('OUT-1'));
    expect(await mock.stockOf('S1')).toMatchObject({ stock_num: 2, available_send_stock: 2 });
    expect(await mock.call('wms.stockout.Other.createOther', stockout('OUT-2', [{ spec_no: 'S1', num: 3 }], 1))).toEqual({ status: 0, data: { message: '商家编码(spec_no):S1,出库量不能大于可出库存量', status: 20 } });
    expect(mock.state.resources.get('stockout.other', 'OUT-2')?.status).toBe(50); // 待审核
    expect(mock.state.stock.quantity('W1', 'S1')).toBe(2);
  });

  it.each([
    ['a blank warehouse', { warehouse_no: '' }, '仓库编号不可为空'],
    ['a blank outer number', { outer_no: ' ' }, 'outer_no不能为空'],
  ])('refuses %s (stock-in and stock-out alike)', async (_label, change, message) => {
    const mock = stockMock();
    const order = stockin('DOC-1', [{ spec_no: 'S1', num: 1 }], 1)[0]!;
    expect(await mock.call('wms.stockin.Other.createOtherOrder', [{ ...order, ...change }])).toEqual({ status: 100, message });
    expect(await mock.call('wms.stockout.Other.createOther', [{ ...order, ...change }])).toEqual({ status: 100, message });
  });

  it.each([
    ['an outer number already used', [{ spec_no: 'S1', num: 1 }], '外部单号重复!'],
    ['a merchant code the goods archive lacks', [{ spec_no: 'nope', num: 1 }], '货品列表中货品不存在或者货品重复!'],
    ['no goods line', [], '货品列表中货品不存在或者货品重复!'],
    ['the same SKU twice', [{ spec_no: 'S1', num: 1 }, { spec_no: 'S1', num: 2 }], '货品列表中有相同商家编码的货品！'],
    ['a quantity of 0', [{ spec_no: 'S1', num: 0 }], '数量不合法'],
  ])('refuses %s (stock-in and stock-out alike)', async (_label, lines, message) => {
    const mock = stockMock();
    await mock.call('wms.stockin.Other.createOtherOrder', stockin('DOC-0', [{ spec_no: 'S2', num: 1 }], 1));
    await mock.call('wms.stockout.Other.createOther', stockout('DOC-0', [{ spec_no: 'S2', num: 1 }], 1));
    const outerNo = message === '外部单号重复!' ? 'DOC-0' : 'DOC-1';
    expect(await mock.call('wms.stockin.Other.createOtherOrder', stockin(outerNo, lines, 1))).toEqual({ status: 100, message });
    expect(await mock.call('wms.stockout.Other.createOther', stockout(outerNo, lines, 1))).toEqual({ status: 100, message });
    expect(mock.state.stock.quantity('W1', 'S1')).toBe(0);
  });
});

describe('wms.stockother.In.push and Out.push: approved business orders wait to go in or out', () => {
  it("counts an approved stock-in order as 其他待入库量 until it is cancelled (the push page's request example)", async () => {
    const mock = stockMock();
    expect(await mock.call('wms.stockother.In.push', PAGE_REQUEST_EXAMPLES['wms.stockother.In.push']!)).toEqual(created('stockother_out02'));
    expect(await mock.stockOf('PC_2018', '1002')).toMatchObject({ stock_num: 0, to_other_in_num: 200 });
    expect(await mock.call('wms.stockother.In.cancelOrder', [['stockother_out02']])).toEqual({ status: 0, data: { success_data: ['stockother_out02'], error_data: [] } });
    expect(await mock.stockOf('PC_2018', '1002')).toMatchObject({ to_other_in_num: 0 });
  });

  it('refuses a business order without a warehouse', async () => {
    expect(await stockMock().call('wms.stockother.Out.push', [{ warehouse_no: '' }, [{ spec_no: 'S1', num: 1 }]])).toEqual({ status: 100, message: '仓库编号不可为空' });
  });

  it('numbers orders without an outer number QR… / QC…, and refuses an outer number in use', async () => {
    const mock = stockMock();
    const order = { warehouse_no: 'W1' };
    expect(await mock.call('wms.stockother.In.push', [order, [{ spec_no: 'S1', num: 1 }]])).toEqual(created('QR202401010001'));
    expect(await mock.call('wms.stockother.In.push', [order, [{ spec_no: 'S1', num: 1 }]])).toEqual(created('QR202401010002'));
    expect(mock.state.otherStockins.get('QR202401010001')?.status).toBe('待审核');
    expect(await mock.call('wms.stockother.In.push', [{ ...order, outer_no: 'QR202401010001' }, [{ spec_no: 'S1', num: 1 }]])).toEqual({ status: 100, message: '外部单号重复!' });
  });

  it('holds back approved stock-out orders from the stock that can be shipped', async () => {
    const mock = stockMock();
    await mock.call('wms.stockin.Other.createOtherOrder', stockin('IN-1', [{ spec_no: 'S1', num: 5 }], 1));
    expect(await mock.call('wms.stockother.Out.push', [{ warehouse_no: 'W1', is_check: true }, [{ spec_no: 'S1', num: 4 }]])).toEqual({ status: 0, data: { outer_no: 'QC202401010001', message: 'QC202401010001', status: 0 } });
    expect(await mock.stockOf('S1')).toMatchObject({ stock_num: 5, to_other_out_num: 4, available_send_stock: 1 });
    // Approval checks the stock by default: the order is created, the approval fails.
    expect(await mock.call('wms.stockother.Out.push', [{ warehouse_no: 'W1', is_check: true }, [{ spec_no: 'S1', num: 2 }]])).toEqual({
      status: 0,
      data: { outer_no: 'QC202401010002', message: '商家编码(spec_no):S1,出库量不能大于可出库存量', status: 20 },
    });
    expect(mock.state.otherStockouts.get('QC202401010002')?.status).toBe('待审核');
    // create_check_stock 0 checks on creation: nothing is created.
    expect(await mock.call('wms.stockother.Out.push', [{ warehouse_no: 'W1', create_check_stock: 0 }, [{ spec_no: 'S1', num: 2 }]])).toEqual({ status: 100, message: '商家编码(spec_no):S1,出库量不能大于可出库存量' });
    expect(mock.state.otherStockouts.size).toBe(2);
    expect(await mock.call('wms.stockother.Out.cancelOrder', [['QC202401010001', 'QC404']])).toEqual({
      status: 0,
      data: { success_data: ['QC202401010001'], error_data: [{ order_no: 'QC404', err_msg: '单据不存在' }] },
    });
    expect(await mock.stockOf('S1')).toMatchObject({ to_other_out_num: 0, available_send_stock: 5 });
  });
});

describe('purchase orders in the stock query', () => {
  it('shows an approved purchase order as 采购在途量 in its expected warehouse, and an order in 编辑中 not at all', async () => {
    const mock = stockMock();
    const params = { provider_no: 'P1', receive_warehouse_nos: 'W1', expect_warehouse_no: 'W1', purchaser_name: '采购员' };
    await mock.call('purchase.PurchaseOrder.createOrder', [{ ...params, is_check: true, purchase_details: [{ spec_no: 'S1', num: 7 }] }]);
    await mock.call('purchase.PurchaseOrder.createOrder', [{ ...params, purchase_details: [{ spec_no: 'S1', num: 100 }] }]);
    expect(await mock.stockOf('S1')).toMatchObject({ stock_num: 0, purchase_num: 7 });
  });
});
