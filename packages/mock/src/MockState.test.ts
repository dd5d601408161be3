import { describe, expect, it } from 'vitest';
import { FIXED_NOW_MS } from './testing/callMock.js';
import { MockState } from './MockState.js';

describe('MockState', () => {
  it("starts with the test account's documents: the pages' example goods, stock, shops and cancellable documents", () => {
    const state = new MockState({}, () => FIXED_NOW_MS);
    expect(state.goods.findSpec('wangdiantong')).toMatchObject({ goods: { goods_id: 1 }, spec: { spec_id: 1 } });
    expect(state.stock.quantity('wdtapi3-test', 'wangdiantong')).toBe(3);
    expect(state.shops.list().map((shop) => [shop.shop_no, shop.platform_id])).toEqual([
      ['wdtapi3-test', 127],
      ['test', 127],
    ]);
    expect(state.purchaseOrders.get('CG202005150101')?.status).toBe('编辑中');
    expect([state.rawTrades.size, state.otherStockouts.size]).toEqual([0, 0]);
    // Declared resources start with the documents the specs' examples show: the query's example row, and the one the cancel example names (cancellable).
    expect(state.resources.list('stockin.other').map((record) => [record.key, record.status])).toEqual([
      ['RK20230131126', 80],
      ['RK2023082989', 20],
    ]);
  });

  it('hands out deep copies: changing a nested list changes nothing in the store', () => {
    const state = new MockState({}, () => FIXED_NOW_MS);
    state.goods.get('wangdiantong')!.spec_list.length = 0;
    state.goods.list()[0]!.spec_list[0]!.spec_no = 'changed';
    expect(state.goods.findSpec('wangdiantong')?.spec.spec_no).toBe('wangdiantong');
  });

  it('reset() brings every store back to its seed, numbering included, with the same store objects', () => {
    const state = new MockState({ purchaseOrders: [] }, () => FIXED_NOW_MS);
    const { goods, purchaseOrders } = state;
    goods.put({ goods_no: 'G1' });
    purchaseOrders.put({ purchase_no: 'P1' });
    state.stock.move('W1', 'G1', false, 5, '2024-01-01 08:00:00');
    state.numbers.next('CG', FIXED_NOW_MS, () => false);
    state.reset();
    expect(state.goods).toBe(goods);
    expect(state.purchaseOrders).toBe(purchaseOrders);
    expect([goods.has('G1'), purchaseOrders.size, state.stock.quantity('W1', 'G1')]).toEqual([false, 0, 0]);
    expect(state.numbers.next('CG', FIXED_NOW_MS, () => false)).toBe('CG202401010001');
  });
});
