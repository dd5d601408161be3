import { describe, expect, it } from 'vitest';
import { FIXED_NOW_MS } from '../testing/callMock.js';
import { flowMock, TODAY } from '../testing/flowMock.js';
import { PURCHASE_ORDER_QUERY_KEYS } from '../testing/pageExampleKeys.js';
import { PAGE_REQUEST_EXAMPLES } from '../testing/pageRequestExamples.js';

const page = { pageSize: 10, pageNo: 0, calcTotal: true };
type OrderRow = Record<string, unknown> & { purchase_no: string; detail_list: Record<string, unknown>[] };
const ordersOf = (answer: { data?: unknown }) => (answer.data as { order: OrderRow[] }).order;

/** Create params the page documents, for the test account's goods. */
function createParams(change: Record<string, unknown> = {}) {
  return { provider_no: 'P1', receive_warehouse_nos: 'W1', expect_warehouse_no: 'W1', purchaser_name: '采购员', purchase_details: [{ spec_no: 'wangdiantong', num: 5, price: 10, discount: 0.8, tax_rate: 0.13 }], ...change };
}

describe('purchase.PurchaseOrder.createOrder, queryWithDetail and cancelOrder', () => {
  it("creates the order of the create page's request example (its goods seeded), numbered like the page's response example", async () => {
    const mock = flowMock({ seed: { goods: [{ goods_no: 'hcf', spec_list: [{ spec_no: 'hcf' }] }] } });
    expect(await mock.call('purchase.PurchaseOrder.createOrder', PAGE_REQUEST_EXAMPLES['purchase.PurchaseOrder.createOrder']!)).toEqual({ status: 0, data: { message: 'CG202401010001', status: 0 } });
    expect(mock.state.purchaseOrders.get('CG202401010001')).toMatchObject({ status: '编辑中', provider_no: 'LCJtest', detail_list: [expect.objectContaining({ spec_no: 'hcf', num: 1 })] });
  });

  it('finds the created order in the shape of the query page\'s example, with the amounts of its lines', async () => {
    const mock = flowMock();
    await mock.call('purchase.PurchaseOrder.createOrder', [createParams({ purchase_no: 'PO-1', post_fee: 6 })]);
    const [order] = ordersOf(await mock.call('purchase.PurchaseOrder.queryWithDetail', [{ purchase_no: 'PO-1' }], page));
    expect(Object.keys(order!)).toEqual(expect.arrayContaining(PURCHASE_ORDER_QUERY_KEYS.order));
    expect(Object.keys(order!.detail_list[0]!)).toEqual(expect.arrayContaining(PURCHASE_ORDER_QUERY_KEYS.detail_list));
    expect(order).toMatchObject({ purchase_no: 'PO-1', status: 20, provider_no: 'P1', warehouse_no: 'W1', goods_count: 5, goods_type_count: 1, goods_fee: 40, tax_fee: 45.2, total_fee: 51.2, created: FIXED_NOW_MS, modified: FIXED_NOW_MS });
    expect(order!.detail_list[0]).toMatchObject({ spec_no: 'wangdiantong', goods_no: 'wangdiantong', num: 5, price: 10, dis_price: 8, tax_price: 9.04, amount: 40, tax_amount: 45.2, lack_num: 5 });
  });

  it('cancels an order in 编辑中 once; the second cancel and an approved order get the error guide\'s answer', async () => {
    const mock = flowMock();
    await mock.call('purchase.PurchaseOrder.createOrder', [createParams({ purchase_no: 'PO-1' })]);
    await mock.call('purchase.PurchaseOrder.createOrder', [createParams({ purchase_no: 'PO-2', is_check: true })]);
    expect(await mock.call('purchase.PurchaseOrder.cancelOrder', ['PO-1'])).toEqual({ status: 0 });
    expect(await mock.call('purchase.PurchaseOrder.cancelOrder', ['PO-1'])).toEqual({ status: 100, message: '采购单不是编辑中状态' });
    expect(await mock.call('purchase.PurchaseOrder.cancelOrder', ['PO-2'])).toEqual({ status: 100, message: '采购单不是编辑中状态' });
    const statuses = ordersOf(await mock.call('purchase.PurchaseOrder.queryWithDetail', [TODAY], page)).map((order) => [order.purchase_no, order.status]);
    expect(statuses).toEqual([
      ['CG202005150101', 20],
      ['PO-1', 10],
      ['PO-2', 40],
    ]);
  });

  it("answers the cancel page's request example with its response example, and its error example for the unknown number", async () => {
    const mock = flowMock();
    expect(await mock.call('purchase.PurchaseOrder.cancelOrder', PAGE_REQUEST_EXAMPLES['purchase.PurchaseOrder.cancelOrder']!)).toEqual({ status: 0 });
    expect(await mock.call('purchase.PurchaseOrder.cancelOrder', ['CG2020051501001'])).toEqual({ status: 100, message: '采购单号为 CG2020051501001 的单据不存在' });
  });

  it.each([
    ['a blank provider', { provider_no: '' }, '供应商不存在'],
    ['a blank purchaser', { purchaser_name: '' }, '采购员姓名为空！'],
    ['a blank receiving warehouse', { receive_warehouse_nos: '' }, '收货仓库列表为空或无权限'],
    ['a blank expected warehouse', { expect_warehouse_no: '' }, '预计入库仓为空或无权限'],
    ['a missing purchaser', { purchaser_name: undefined }, 'purchaser_name不能为空'],
    ['a purchase number in use', { purchase_no: 'CG202005150101' }, '采购单号已存在'],
    ['a merchant code the goods archive lacks', { purchase_details: [{ spec_no: 'nope', num: 1 }] }, '货品列表中货品不存在或者货品重复!'],
    ['the same SKU twice', { purchase_details: [{ spec_no: 'wangdiantong', num: 1 }, { spec_no: 'wangdiantong', num: 2 }] }, '货品 wangdiantong 重复!'],
    ['a quantity of 0', { purchase_details: [{ spec_no: 'wangdiantong', num: 0 }] }, '数量不合法'],
    ['a discount of 0', { purchase_details: [{ spec_no: 'wangdiantong', num: 1, discount: 0 }] }, '折扣应大于0'],
  ])('createOrder refuses %s with status 100 and creates nothing', async (_label, change, message) => {
    const mock = flowMock();
    expect(await mock.call('purchase.PurchaseOrder.createOrder', [createParams(change)])).toEqual({ status: 100, message });
    expect(mock.state.purchaseOrders.size).toBe(1);
  });

  it('numbers orders per day without reusing a number a caller chose', async () => {
    const mock = flowMock();
    await mock.call('purchase.PurchaseOrder.createOrder', [createParams({ purchase_no: 'CG202401010002' })]);
    const numbers = [];
    for (let i = 0; i < 2; i++) numbers.push(((await mock.call('purchase.PurchaseOrder.createOrder', [createParams()])).data as { message: string }).message);
    expect(numbers).toEqual(['CG202401010001', 'CG202401010003']);
  });
});

describe('purchase.PurchaseOrder.queryWithDetail filters', () => {
  async function mockWithOrders() {
    const mock = flowMock({ seed: { purchaseOrders: [] } });
    await mock.call('purchase.PurchaseOrder.createOrder', [createParams({ purchase_no: 'PO-A1', provider_no: 'A' })]);
    await mock.call('purchase.PurchaseOrder.createOrder', [createParams({ purchase_no: 'PO-B1', provider_no: 'B', receive_warehouse_nos: 'W1,W2', is_check: true })]);
    await mock.call('purchase.PurchaseOrder.createOrder', [createParams({ purchase_no: 'XX-A2', provider_no: 'A', expect_warehouse_no: 'W3' })]);
    return mock;
  }

  it.each([
    ['a provider', { ...TODAY, provider_no: 'A' }, ['PO-A1', 'XX-A2']],
    ['a status list', { ...TODAY, status: '40,90' }, ['PO-B1']],
    ['the expected warehouse', { ...TODAY, expect_warehouse_no: 'W3' }, ['XX-A2']],
    ['one of several receiving warehouses', { ...TODAY, receive_warehouse_no: 'W2' }, ['PO-B1']],
    ['a purchase number, which makes the time range void', { purchase_no: 'PO-A1', start_time: '2020-01-01 00:00:00', end_time: '2020-01-02 00:00:00' }, ['PO-A1']],
    ['part of a purchase number with fuzzy_query', { purchase_no: 'PO-', fuzzy_query: true }, ['PO-A1', 'PO-B1']],
    ["the query page's request example (2020: nothing changed then)", PAGE_REQUEST_EXAMPLES['purchase.PurchaseOrder.queryWithDetail']![0], []],
  ])('by %s', async (_label, params, numbers) => {
    const answer = await (await mockWithOrders()).call('purchase.PurchaseOrder.queryWithDetail', [params], page);
    expect(ordersOf(answer).map((order) => order.purchase_no)).toEqual(numbers);
  });

  it("refuses a query with neither a purchase number nor a time range (the page's error example)", async () => {
    expect(await flowMock().call('purchase.PurchaseOrder.queryWithDetail', [{ provider_no: 'A' }], page)).toEqual({ status: 100, message: '参数中必须包含起止时间' });
  });
});

describe('purchase.PurchaseOrder.cancelByType and pending', () => {
  it('cancels each order once; an unknown number and a second cancel are failures in data, as the page shows them', async () => {
    const mock = flowMock();
    await mock.call('purchase.PurchaseOrder.createOrder', [createParams({ purchase_no: 'PO-1' })]);
    const cancel = (numbers: string[]) => mock.call('purchase.PurchaseOrder.cancelByType', [{ operate_type: 0, purchase_no_list: numbers }]);
    expect(await cancel(['PO-1', 'NEVER'])).toEqual({ status: 0, data: { code: 1, error_count: 1, message: JSON.stringify([{ error: '采购单编号:NEVER,采购单号不存在' }]) } });
    expect(await cancel(['PO-1'])).toEqual({ status: 0, data: { code: 1, error_count: 1, message: JSON.stringify([{ error: '采购单编号:PO-1,采购单状态不允许取消' }]) } });
    expect(mock.state.purchaseOrders.get('PO-1')?.status).toBe('已取消');
  });

  it('cancels an approved order only when the call allows it', async () => {
    const mock = flowMock();
    await mock.call('purchase.PurchaseOrder.createOrder', [createParams({ purchase_no: 'PO-2', is_check: true })]);
    const cancel = (allow: number) => mock.call('purchase.PurchaseOrder.cancelByType', [{ operate_type: 0, purchase_no_list: ['PO-2'], allow_cancel_checked_order: allow }]);
    expect(((await cancel(0)).data as { code: number }).code).toBe(1);
    expect(await cancel(1)).toEqual({ status: 0, data: { code: 0, message: '', error_count: 0 } });
  });

  it('stops waiting only for a partly arrived order; others are rows of error_info', async () => {
    const mock = flowMock({ seed: { purchaseOrders: [{ purchase_no: 'PO-P', status: '部分到货', detail_list: [{ spec_no: 'wangdiantong', num: 2 }] }] } });
    expect(await mock.call('purchase.PurchaseOrder.pending', [['PO-P', 'NEVER']])).toEqual({ status: 0, data: { error_info: [{ order_no: 'NEVER', message: '采购单号不存在' }], status: 0 } });
    expect(await mock.call('purchase.PurchaseOrder.pending', [['PO-P']])).toEqual({ status: 0, data: { error_info: [{ order_no: 'PO-P', message: '采购单非部分入库状态' }], status: 0 } });
    expect(mock.state.purchaseOrders.get('PO-P')?.status).toBe('已完成');
  });
});
