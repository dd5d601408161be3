// Raw orders become orders: what sales.RawTrade.pushSelf saves, sales.TradeQuery.queryWithDetail returns.
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

type Trade = Record<string, unknown> & { detail_list: Record<string, unknown>[] };
const ordersOf = (data: unknown) => (data as { order: Trade[]; total_count: number });

describe('sales.RawTrade.pushSelf then sales.TradeQuery.queryWithDetail', () => {
  it('returns the pushed raw order as a trade, with every field of the page\'s example row and its lines', async () => {
    const mock = mockWithOrderQuery();
    await mock.call('sales.RawTrade.pushSelf', PAGE_REQUEST_EXAMPLES['sales.RawTrade.pushSelf']!);
    const answer = await mock.call(QUERY, [HOUR], page);
    expect(answer.status).toBe(0);
    const { order, total_count } = ordersOf(answer.data);
    expect(total_count).toBe(1);
    const [trade] = order as [Trade];
    const example = (handlerTable[QUERY]!.examples!.response as { data: { order: Trade[] } }).data.order[0]!;
    expect(Object.keys(trade).sort()).toEqual(Object.keys(example).sort());
    expect(Object.keys(trade.detail_list[0]!).sort()).toEqual(Object.keys(example.detail_list[0]!).sort());
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
    const bySrc = ordersOf((await mock.call(QUERY, [{ ...HOUR, src_tid: 'tid-aqyYHjEldp' }], page)).data);
    const tradeNo = bySrc.order[0]!.trade_no as string;
    expect(ordersOf((await mock.call(QUERY, [{ ...HOUR, trade_no: tradeNo }], page)).data).total_count).toBe(1);
    expect(ordersOf((await mock.call(QUERY, [{ ...HOUR, trade_no: 'JY000' }], page)).data).total_count).toBe(0);
    expect(ordersOf((await mock.call(QUERY, [{ ...HOUR, status: '95,110' }], page)).data).total_count).toBe(0);
    expect(ordersOf((await mock.call('sales.TradeQuery.querySelfOrderWithDetail', [{ ...HOUR, status: '30' }], page)).data).total_count).toBe(1);
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
