import { describe, expect, it } from 'vitest';
import { FIXED_NOW_TEXT, flowMock, TODAY } from '../testing/flowMock.js';
import { RAW_TRADE_SEARCH_KEYS } from '../testing/pageExampleKeys.js';
import { PAGE_REQUEST_EXAMPLES } from '../testing/pageRequestExamples.js';

const page = { pageSize: 10, pageNo: 0, calcTotal: true };

/** A raw order the push accepts: one line of 2 × 10.00. */
function trade(tid: string, change: Record<string, unknown> = {}) {
  return {
    tid,
    process_status: 10,
    trade_status: 30,
    refund_status: 0,
    pay_status: 2,
    order_count: 1,
    goods_count: 2,
    pay_method: 1,
    trade_time: '2023-12-31 10:00:00',
    end_time: '',
    buyer_nick: 'buyer',
    receiver_name: '张三',
    receiver_area: '北京 北京市 朝阳区',
    receiver_address: '春天街道1号',
    receiver_mobile: '13800000000',
    post_amount: 0,
    discount: 0,
    receivable: 20,
    delivery_term: 1,
    is_auto_wms: false,
    ...change,
  };
}

function line(tid: string, oid: string, change: Record<string, unknown> = {}) {
  return { tid, oid, status: 30, refund_status: 0, goods_id: 'g1', spec_id: 's1', goods_no: 'G1', spec_no: 'S1', goods_name: '货品', num: 2, price: 10, discount: 0, share_discount: 0, total_amount: 20, adjust_amount: 0, refund_amount: 0, remark: '', json: '', ...change };
}

const push = (method: 'sales.RawTrade.pushSelf' | 'sales.RawTrade.pushSelf2', shopNo: string, trades: unknown[], lines: unknown[]) => ({ method, args: [shopNo, trades, lines] });

describe('sales.RawTrade.pushSelf then sales.RawTrade.search', () => {
  it("answers the push page's request example with the page's response example", async () => {
    const mock = flowMock();
    expect(await mock.call('sales.RawTrade.pushSelf', PAGE_REQUEST_EXAMPLES['sales.RawTrade.pushSelf']!)).toEqual({ status: 0, data: { chg_count: 0, new_count: 1 } });
  });

  it('finds the pushed order by tid, in the shape of the search page\'s example, with its lines and computed amounts', async () => {
    const mock = flowMock();
    await mock.call('sales.RawTrade.pushSelf', PAGE_REQUEST_EXAMPLES['sales.RawTrade.pushSelf']!);
    const answer = await mock.call('sales.RawTrade.search', [{ tid: 'tid-aqyYHjEldp' }], page);
    const { total_count, order } = answer.data as { total_count: number; order: Record<string, unknown>[] };
    expect(total_count).toBe(1);
    const [found] = order as [Record<string, unknown> & { trade_orders: Record<string, unknown>[] }];
    expect(Object.keys(found)).toEqual(expect.arrayContaining(RAW_TRADE_SEARCH_KEYS.order));
    expect(Object.keys(found.trade_orders[0]!).sort()).toEqual([...RAW_TRADE_SEARCH_KEYS.trade_orders].sort());
    expect(found).toMatchObject({ tid: 'tid-aqyYHjEldp', shop_no: 'test', shop_id: 291, platform_id: 127, process_status: 10, receivable: 17.6, goods_amount: 15, created: FIXED_NOW_TEXT, modified: FIXED_NOW_TEXT });
    expect(found.trade_orders.map((row) => [row.oid, row.share_amount, row.refund_amount])).toEqual([
      ['tid-aqyYHjEldp-0', 8.8, 0],
      ['tid-aqyYHjEldp-1', 8.8, 0],
    ]);
    expect(mock.state.rawTrades.get('tid-aqyYHjEldp')?.trade_orders).toHaveLength(2);
  });

  it('updates a known tid (chg_count), keeping its id and creation time', async () => {
    let now = Date.UTC(2024, 0, 1);
    const mock = flowMock({ now: () => now });
    await mock.call('sales.RawTrade.pushSelf', ['wdtapi3-test', [trade('T1')], [line('T1', 'T1-1')]]);
    const first = mock.state.rawTrades.get('T1')!;
    now += 60_000;
    expect(await mock.call('sales.RawTrade.pushSelf', ['wdtapi3-test', [trade('T1', { trade_status: 50, remark: '已发货' })], [line('T1', 'T1-1')]])).toEqual({ status: 0, data: { chg_count: 1, new_count: 0 } });
    expect(mock.state.rawTrades.get('T1')).toMatchObject({ rec_id: first.rec_id, created: first.created, modified: '2024-01-01 08:01:00', trade_status: 50, remark: '已发货' });
    expect(mock.state.rawTrades.get('T1')!.trade_orders[0]!.rec_id).toBe(first.trade_orders[0]!.rec_id);
  });

  it.each([
    ['a shop the ERP does not have', 'nope', trade('T1'), [line('T1', 'T1-1')], '店铺编号不存在或已停用'],
    ['a blank receiver name', 'test', trade('T1', { receiver_name: ' ' }), [line('T1', 'T1-1')], '昵称/收件人姓名/收件人地址/买家留言包含非法字符或为空,原始单号为：T1'],
    ['an emoji in the buyer message', 'test', trade('T1', { buyer_message: '快点发货😀' }), [line('T1', 'T1-1')], '昵称/收件人姓名/收件人地址/买家留言包含非法字符或为空,原始单号为：T1'],
    ['an order time after now', 'test', trade('T1', { trade_time: '2024-01-01 08:00:01' }), [line('T1', 'T1-1')], '下单时间非法,原始单号为：T1'],
    ['an order_count that is not the number of lines', 'test', trade('T1', { order_count: 2 }), [line('T1', 'T1-1')], '订单货品数量不一致T1'],
    ['a goods_count that is not the sum of the lines', 'test', trade('T1', { goods_count: 3 }), [line('T1', 'T1-1')], '订单货品数量不一致T1'],
  ])('pushSelf refuses %s with status 100 and saves nothing', async (_label, shopNo, refused, lines, message) => {
    const mock = flowMock();
    expect(await mock.call('sales.RawTrade.pushSelf', [shopNo, [trade('T0'), refused], [line('T0', 'T0-1'), ...lines]])).toEqual({ status: 100, message });
    expect(mock.state.rawTrades.size).toBe(0);
  });

  it.each([
    ['disabled', { shop_no: 'S1', is_disabled: true }, '店铺编号不存在或已停用'],
    ['on Taobao (platform 1)', { shop_no: 'S1', platform_id: 1 }, '店铺平台不是自有平台'],
  ])('refuses a shop that is %s', async (_label, shop, message) => {
    const mock = flowMock({ seed: { shops: [shop] } });
    expect(await mock.call('sales.RawTrade.pushSelf', push('sales.RawTrade.pushSelf', 'S1', [trade('T1')], [line('T1', 'T1-1')]).args)).toEqual({ status: 100, message });
  });

  it('pushSelf2 saves the good trades and lists the refused ones in error_list, with status 0', async () => {
    const mock = flowMock();
    const answer = await mock.call('sales.RawTrade.pushSelf2', ['test', [trade('T1'), trade('T2', { order_count: 5 }), trade('T3')], [line('T1', 'T1-1'), line('T2', 'T2-1'), line('T3', 'T3-1')]]);
    expect(answer).toEqual({ status: 0, data: { chg_count: 0, error_list: [{ no: 'T2', error: '订单货品数量不一致T2' }], new_count: 2 } });
    expect(mock.state.rawTrades.list().map((saved) => saved.tid)).toEqual(['T1', 'T3']);
  });

  it('accepts null for a nested field the page says to send as null ("若无则传null")', async () => {
    const mock = flowMock();
    expect(await mock.call('sales.RawTrade.pushSelf', ['test', [trade('T1', { end_time: null })], [line('T1', 'T1-1')]])).toEqual({ status: 0, data: { chg_count: 0, new_count: 1 } });
    expect(mock.state.rawTrades.get('T1')?.end_time).toBe('');
  });
});

describe('sales.RawTrade.search', () => {
  async function mockWithTrades() {
    let now = Date.UTC(2024, 0, 1);
    const mock = flowMock({ now: () => now, seed: { shops: [{ shop_no: 'A' }, { shop_no: 'B' }] } });
    for (const [i, shopNo] of ['A', 'B', 'A'].entries()) {
      await mock.call('sales.RawTrade.pushSelf', [shopNo, [trade(`T${i}`)], [line(`T${i}`, `T${i}-1`)]]);
      now += 3_600_000;
    }
    return mock;
  }

  it.each([
    ['the day', TODAY, ['T0', 'T1', 'T2']],
    ['one shop', { ...TODAY, shop_no: 'A' }, ['T0', 'T2']],
    ['the first hour, both ends included', { start_time: '2024-01-01 08:00:00', end_time: '2024-01-01 09:00:00' }, ['T0', 'T1']],
    ['a tid without a time range', { tid: 'T1' }, ['T1']],
    ['a day with no changes', { start_time: '2024-01-02 00:00:00', end_time: '2024-01-03 00:00:00' }, []],
  ])('filters by %s, oldest change first', async (_label, params, tids) => {
    const answer = await (await mockWithTrades()).call('sales.RawTrade.search', [params], page);
    expect((answer.data as { order: { tid: string }[] }).order.map((row) => row.tid)).toEqual(tids);
  });

  it('pages through the matches with the total', async () => {
    const mock = await mockWithTrades();
    const pages = await Promise.all([0, 1].map((pageNo) => mock.call('sales.RawTrade.search', [TODAY], { pageSize: 2, pageNo, calcTotal: true })));
    expect(pages.map((answer) => answer.data)).toEqual([
      { total_count: 3, order: [expect.objectContaining({ tid: 'T0' }), expect.objectContaining({ tid: 'T1' })] },
      { total_count: 3, order: [expect.objectContaining({ tid: 'T2' })] },
    ]);
  });

  it.each([
    ['neither a tid nor a time range', {}, '参数中必须包含起止时间'],
    ['a range of 31 days', { start_time: '2024-01-01 00:00:00', end_time: '2024-02-01 00:00:00' }, '您的查询时间过宽,查询时间不能大于30天'],
  ])('refuses %s', async (_label, params, message) => {
    expect(await flowMock().call('sales.RawTrade.search', [params], page)).toEqual({ status: 100, message });
  });

  it('returns the discount lines only with detail_mask 1', async () => {
    const mock = flowMock();
    await mock.call('sales.RawTrade.pushSelf', ['test', [trade('T1')], [line('T1', 'T1-1')], [{ tid: 'T1', oid: 'T1-1', sn: 'coupon-9', name: '满减', detail: '满20减0', amount: 0 }]]);
    const withMask = await mock.call('sales.RawTrade.search', [{ tid: 'T1', detail_mask: 1 }], page);
    const without = await mock.call('sales.RawTrade.search', [{ tid: 'T1' }], page);
    expect((withMask.data as { order: { discount_list: unknown[] }[] }).order[0]!.discount_list).toEqual([
      { rec_id: 1, tid: 'T1', oid: 'T1-1', name: '满减', detail: '满20减0', amount: 0, platform_id: 127, type: 'coupon-9', is_bonus: 0 },
    ]);
    expect((without.data as { order: { discount_list: unknown[] }[] }).order[0]!.discount_list).toEqual([]);
  });
});
