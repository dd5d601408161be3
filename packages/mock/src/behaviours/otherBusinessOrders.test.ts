import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import { handlerTable } from '../generated/handlers.js';
import { envelopeOf, FIXED_NOW_MS } from '../testing/callMock.js';

// Other stock-in business orders (resource stockother.in, declared in the specs) and the cancel
// rule written around the declaration. Statuses: the enum of wms.stockother.InQuery.queryWithDetail.
const STATUS = { 编辑中: 1, 待审核: 10, 已审核: 20, 已推送wms: 40, 部分入库: 60, 待结算: 65, 已完成: 70, 已取消: 80 } as const;
type Status = keyof typeof STATUS;
const NOT_CANCELLABLE = '单据状态不是编辑中、待审核、已审核，不允许取消';
const cancelOrders = (...orderNos: string[]) => ({ method: 'wms.stockother.In.cancelOrder', args: [orderNos] });
const mockHolding = (orders: [string, Status][]) =>
  createMockFetch({ now: () => FIXED_NOW_MS, seed: { resources: { 'stockother.in': orders.map(([other_in_no, status]) => ({ other_in_no, status: STATUS[status] })) } } });
const statusOf = (mock: ReturnType<typeof createMockFetch>, orderNo: string) => mock.state.resources.get('stockother.in', orderNo)?.status;

describe('an other stock-in business order can be cancelled from 编辑中, 待审核 or 已审核', () => {
  it.each<[Status, boolean]>([
    ['编辑中', true],
    ['待审核', true],
    ['已审核', true],
    ['已推送wms', false],
    ['部分入库', false],
    ['待结算', false],
    ['已完成', false],
    ['已取消', false],
  ])('from %s: %s', async (status, cancellable) => {
    const mock = mockHolding([['QR1', status]]);
    const answer = await envelopeOf(mock, cancelOrders('QR1'));
    expect(answer.data).toEqual(cancellable ? { success_data: ['QR1'], error_data: [] } : { success_data: [], error_data: [{ order_no: 'QR1', err_msg: NOT_CANCELLABLE }] });
    expect(statusOf(mock, 'QR1')).toBe(cancellable ? STATUS.已取消 : STATUS[status]);
  });

  it("words the refusal exactly as the page's example", () => {
    const example = handlerTable['wms.stockother.In.cancelOrder']!.examples!.response as { data: { error_data: { err_msg: string }[] } };
    expect(example.data.error_data[0]!.err_msg).toBe(NOT_CANCELLABLE);
  });
});

describe('the original number also cancels its -1 order', () => {
  it.each<[Status, Status]>([
    ['待审核', '已取消'],
    ['已推送wms', '已取消'],
    ['已完成', '已完成'],
    ['部分入库', '部分入库'],
  ])('a -1 order in %s ends %s', async (linkedStatus, after) => {
    const mock = mockHolding([['QR1', '已审核'], ['QR1-1', linkedStatus]]);
    await envelopeOf(mock, cancelOrders('QR1'));
    expect([statusOf(mock, 'QR1'), statusOf(mock, 'QR1-1')]).toEqual([STATUS.已取消, STATUS[after]]);
  });

  it('leaves the -1 order alone when the original cannot be cancelled', async () => {
    const mock = mockHolding([['QR1', '已完成'], ['QR1-1', '待审核']]);
    await envelopeOf(mock, cancelOrders('QR1'));
    expect(statusOf(mock, 'QR1-1')).toBe(STATUS.待审核);
  });

  it('does not touch -10 or -2 orders', async () => {
    const mock = mockHolding([['QR1', '编辑中'], ['QR1-10', '待审核'], ['QR1-2', '待审核']]);
    await envelopeOf(mock, cancelOrders('QR1'));
    expect([statusOf(mock, 'QR1-10'), statusOf(mock, 'QR1-2')]).toEqual([STATUS.待审核, STATUS.待审核]);
  });
});

describe('wms.stockother.In.cancelOrder on the wire: each number on its own, status 0', () => {
  it("cancels QR3796 (with QR3796-1) and QR3795, and reports QR3797 in error_data, as on the page", async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    expect(await envelopeOf(mock, cancelOrders('QR3796', 'QR3795', 'QR3797'))).toEqual({
      status: 0,
      data: { success_data: ['QR3796', 'QR3795'], error_data: [{ order_no: 'QR3797', err_msg: NOT_CANCELLABLE }] },
    });
    expect(statusOf(mock, 'QR3796-1')).toBe(STATUS.已取消);
  });

  it('reports every number of a second cancel in error_data', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    await envelopeOf(mock, cancelOrders('QR3796', 'QR3795'));
    expect(await envelopeOf(mock, cancelOrders('QR3796', 'QR3795'))).toEqual({
      status: 0,
      data: {
        success_data: [],
        error_data: [
          { order_no: 'QR3796', err_msg: NOT_CANCELLABLE },
          { order_no: 'QR3795', err_msg: NOT_CANCELLABLE },
        ],
      },
    });
  });

  it('processes a number given twice in one call twice', async () => {
    const answer = await envelopeOf(createMockFetch({ now: () => FIXED_NOW_MS }), cancelOrders('QR3798', 'QR3798'));
    expect(answer.data).toEqual({ success_data: ['QR3798'], error_data: [{ order_no: 'QR3798', err_msg: NOT_CANCELLABLE }] });
  });

  it('reports a number it does not have as 单据不存在', async () => {
    const answer = await envelopeOf(createMockFetch({ now: () => FIXED_NOW_MS }), cancelOrders('QR404'));
    expect(answer.data).toEqual({ success_data: [], error_data: [{ order_no: 'QR404', err_msg: '单据不存在' }] });
  });

  it('answers an empty list with empty lists', async () => {
    expect(await envelopeOf(createMockFetch({ now: () => FIXED_NOW_MS }), cancelOrders())).toEqual({ status: 0, data: { success_data: [], error_data: [] } });
  });
});

describe('pushed business orders show in their queries', () => {
  it.each([
    ['wms.stockother.In.push', 'wms.stockother.In.cancelOrder', 'wms.stockother.InQuery.queryWithDetail', 'other_in_no'],
    ['wms.stockother.Out.push', 'wms.stockother.Out.cancelOrder', 'wms.stockother.OutQuery.queryWithDetail', 'other_out_no'],
  ])('%s, then %s, in %s', async (push, cancel, query, key) => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, seed: { goods: [{ goods_no: 'G1', spec_list: [{ spec_no: 'S1' }] }], stock: [{ warehouse_no: 'W1', spec_no: 'S1', stock_num: 9 }] } });
    const call = (method: string, args: unknown[]) => envelopeOf(mock, { method, args });
    const find = async () => {
      const answer = await envelopeOf(mock, { method: query, args: [{ [key]: 'B-1' }], pager: { pageSize: 10, pageNo: 0, calcTotal: true } });
      return (answer.data as { order: Record<string, unknown>[] }).order.map((row) => [row[key], row.status, row.warehouse_no, (row.detail_list as Record<string, unknown>[]).map((line) => [line.spec_no, line.num])]);
    };
    expect((await call(push, [{ outer_no: 'B-1', warehouse_no: 'W1', is_check: true }, [{ spec_no: 'S1', num: 2 }]])).status).toBe(0);
    expect(await find()).toEqual([['B-1', STATUS.已审核, 'W1', [['S1', 2]]]]);
    expect((await call(cancel, [['B-1']])).data).toEqual({ success_data: ['B-1'], error_data: [] });
    expect(await find()).toEqual([['B-1', STATUS.已取消, 'W1', [['S1', 2]]]]);
  });
});
