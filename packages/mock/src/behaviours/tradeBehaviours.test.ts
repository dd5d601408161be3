// Raw orders become orders: what sales.RawTrade.pushSelf saves, sales.TradeQuery.queryWithDetail returns.
import { validateValue } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { handlerTable } from '../generated/handlers.js';
import { flowMock } from '../testing/flowMock.js';
import { PAGE_REQUEST_EXAMPLES } from '../testing/pageRequestExamples.js';
import { tradeNoOf, tradeStatusOf } from './tradeBehaviours.js';

const QUERY = 'sales.TradeQuery.queryWithDetail';
const mockWithOrderQuery = () => flowMock();
const page = { pageSize: 10, pageNo: 0, calcTotal: true };
// One hour around the mock's fixed clock (2024-01-01 08:00:00): the page allows 60 minutes.
const HOUR = { start_time: '2024-01-01 07:30:00', end_time: '2024-01-01 08:30:00' };
// The pushed order (a fresh mock also holds the trades of the pages' examples).
const PUSHED = { ...HOUR, src_tid: 'tid-aqyYHjEldp' };

type Trade = Record<string, unknown> & { detail_list: Record<string, unknown>[] };
const ordersOf = (data: unknown) => (data as { order: Trade[]; total_count: number });

describe('sales.RawTrade.pushSelf then sales.TradeQuery.queryWithDetail', () => {
  it('returns the pushed raw order as a trade, valid against the query spec, with every field of the page\'s example row and its lines', async () => {
    const mock = mockWithOrderQuery();
    await mock.call('sales.RawTrade.pushSelf', PAGE_REQUEST_EXAMPLES['sales.RawTrade.pushSelf']!);
    const answer = await mock.call(QUERY, [PUSHED], page);
    expect(answer.status).toBe(0);
    const { order, total_count } = ordersOf(answer.data);
    expect(total_count).toBe(1);
    const [trade] = order as [Trade];
    const example = (handlerTable[QUERY]!.examples!.response as { data: { order: Trade[] } }).data.order[0]!;
    expect(validateValue(answer.data, handlerTable[QUERY]!.returns!, 'data')).toEqual([]);
    expect(Object.keys(trade)).toEqual(expect.arrayContaining(Object.keys(example)));
    expect(Object.keys(trade.detail_list[0]!)).toEqual(expect.arrayContaining(Object.keys(example.detail_list[0]!)));
    expect(trade).toMatchObject({ src_tids: 'tid-aqyYHjEldp', shop_no: 'test', trade_status: 30, trade_no: expect.stringMatching(/^JY20240101\d{4}$/), modified: '2024-01-01 08:00:00' });
    expect(trade.detail_list.map((line) => [line.src_oid, line.num])).toEqual([
      ['tid-aqyYHjEldp-0', 3],
      ['tid-aqyYHjEldp-1', 3],
    ]);
    // Every value keeps the JSON type of the page's example.
    for (const [key, value] of Object.entries(example)) if (value !== null) expect([key, typeof trade[key]]).toEqual([key, typeof value]);
  });

  it('finds the trade by its number or the raw order number, and filters by status', async () => {
    const mock = mockWithOrderQuery();
    await mock.call('sales.RawTrade.pushSelf', PAGE_REQUEST_EXAMPLES['sales.RawTrade.pushSelf']!);
    const bySrc = ordersOf((await mock.call(QUERY, [PUSHED], page)).data);
    const tradeNo = bySrc.order[0]!.trade_no as string;
    expect(ordersOf((await mock.call(QUERY, [{ ...HOUR, trade_no: tradeNo }], page)).data).total_count).toBe(1);
    expect(ordersOf((await mock.call(QUERY, [{ ...HOUR, trade_no: 'JY000' }], page)).data).total_count).toBe(0);
    expect(ordersOf((await mock.call(QUERY, [{ ...PUSHED, status: '95,110' }], page)).data).total_count).toBe(0);
    expect(ordersOf((await mock.call('sales.TradeQuery.querySelfOrderWithDetail', [{ ...PUSHED, status: '30' }], page)).data).total_count).toBe(1);
  });

  it('holds the trades of the raw orders a mock is seeded with, also after reset', async () => {
    const mock = flowMock({ seed: { rawTrades: [{ tid: 'SEEDED-1', shop_no: 'test', trade_status: 50, created: '2024-01-01 07:50:00' }] } });
    const find = async () => ordersOf((await mock.call(QUERY, [{ ...HOUR, src_tid: 'SEEDED-1' }], page)).data).order.map((trade) => [trade.trade_no, trade.trade_status]);
    expect(await find()).toEqual([['JY202401010001', 95]]);
    mock.reset();
    expect(await find()).toEqual([['JY202401010001', 95]]);
  });

  it('refuses a query without its time range (the page marks it required)', async () => {
    const mock = mockWithOrderQuery();
    expect(await mock.call(QUERY, [{ shop_no: 'test' }], page)).toMatchObject({ status: 100 });
  });

  it.each([
    [10, 10],
    [20, 12],
    [30, 30],
    [50, 95],
    [70, 110],
    [80, 5],
    [90, 5],
  ])('raw status %i makes trade status %i', (raw, expected) => {
    expect(tradeStatusOf(raw)).toBe(expected);
  });

  it('numbers trades by the day the raw order arrived', () => {
    expect(tradeNoOf({ rec_id: 27, created: '2023-01-11 14:31:12' })).toBe('JY202301110027');
  });
});

describe('sales.TradeEdit changes the trades sales.TradeQuery returns', () => {
  async function pushedTrade() {
    const mock = mockWithOrderQuery();
    await mock.call('sales.RawTrade.pushSelf', PAGE_REQUEST_EXAMPLES['sales.RawTrade.pushSelf']!);
    const find = async () => ordersOf((await mock.call(QUERY, [PUSHED], page)).data).order[0]!;
    return { mock, find, tradeNo: (await find()).trade_no as string };
  }

  it('toException moves a 待客审 trade to 异常订单 once; a second or unknown one is refused in data.message, status 0, as the page shows', async () => {
    const { mock, find, tradeNo } = await pushedTrade();
    expect(await mock.call('sales.TradeEdit.toException', [tradeNo])).toEqual({ status: 0, data: { message: '' } });
    expect((await find()).trade_status).toBe(23);
    expect(await mock.call('sales.TradeEdit.toException', [tradeNo])).toEqual({ status: 0, data: { message: '订单状态不正确' } });
    expect(await mock.call('sales.TradeEdit.toException', ['JY-NEVER'])).toEqual({ status: 0, data: { message: '订单不存在' } });
  });

  it("answers the toException page's request example on a fresh mock", async () => {
    expect(await flowMock().call('sales.TradeEdit.toException', PAGE_REQUEST_EXAMPLES['sales.TradeEdit.toException']!)).toEqual({ status: 0, data: { message: '' } });
  });

  it('modifyRemark sets the 客服备注, appends with is_super_add, and lists unknown and approved trades in data.error (status 0)', async () => {
    const { mock, find, tradeNo } = await pushedTrade();
    const modify = (items: unknown[]) => mock.call('sales.TradeEdit.modifyRemark', [{ data: items }]);
    expect(await modify([{ trade_no: tradeNo, cs_remark: '加急' }])).toEqual({ status: 0, data: { message: '成功', error: [] } });
    expect(await modify([{ trade_no: tradeNo, cs_remark: '，顺丰', is_super_add: true }])).toEqual({ status: 0, data: { message: '成功', error: [] } });
    expect((await find()).cs_remark).toBe('加急，顺丰');
    // The query page's example trade is 已完成 (110): its remark can no longer change.
    expect(await modify([{ trade_no: 'JY202301110027', cs_remark: 'x' }, { trade_no: 'JY-NEVER', cs_remark: 'x' }, { trade_no: tradeNo, cs_remark: '改' }])).toEqual({
      status: 0,
      data: { message: '成功', error: [{ trade_no: 'JY202301110027', message: '订单状态不正确' }, { trade_no: 'JY-NEVER', message: '订单不存在' }] },
    });
    expect((await find()).cs_remark).toBe('改');
  });
});
