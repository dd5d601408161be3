// Paging is typed by method: paginate accepts only paged method names, and each paged method has item
// (and time-range) iterators whose item type is the spec's. Checked by tsc (this package's typecheck).
import { describe, expectTypeOf, it } from 'vitest';
import type { GoodsGoodsQueryWithSpecItem } from './generated/methods/goods.Goods.queryWithSpec.js';
import { goodsGoodsQueryWithSpecAll, goodsGoodsQueryWithSpecRange } from './generated/methods/goods.Goods.queryWithSpec.js';
import { WdtBareClient } from './WdtBareClient.js';
import { WdtClient, type WdtPagedMethod } from './WdtClient.js';

const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: 'a:b' };

describe('typed paging', () => {
  it('paginate takes only paged method names (regression: misspelt names type-checked)', () => {
    const wdt = new WdtClient(account);
    expectTypeOf(wdt.paginate('goods.Goods.queryWithSpec', {})).toEqualTypeOf<AsyncGenerator<GoodsGoodsQueryWithSpecItem, void, undefined>>();
    expectTypeOf<'goods.Goods.queryWithSpec'>().toMatchTypeOf<WdtPagedMethod>();
    expectTypeOf<'wms.stockin.PreStockin.cancel'>().not.toMatchTypeOf<WdtPagedMethod>();
    const typeOnly = () => {
      // @ts-expect-error a misspelt method name
      void wdt.paginate('goods.Goods.queryWithSpek', {});
      // @ts-expect-error a write is not paged
      void wdt.paginate('wms.stockin.PreStockin.cancel', {});
    };
    void typeOnly;
  });

  it('the per-method iterators and the tree yield the spec item type', () => {
    const client = new WdtBareClient(account);
    const wdt = new WdtClient(account);
    expectTypeOf(goodsGoodsQueryWithSpecAll(client, {})).toEqualTypeOf<AsyncGenerator<GoodsGoodsQueryWithSpecItem, void, undefined>>();
    expectTypeOf(goodsGoodsQueryWithSpecRange(client, {}, { from: '2024-01-01 00:00:00', to: '2024-03-01 00:00:00' })).toEqualTypeOf<AsyncGenerator<GoodsGoodsQueryWithSpecItem, void, undefined>>();
    expectTypeOf(wdt.goods.Goods.queryWithSpecAll({})).toEqualTypeOf<AsyncGenerator<GoodsGoodsQueryWithSpecItem, void, undefined>>();
    expectTypeOf(wdt.goods.Goods.queryWithSpecRange).parameter(0).not.toHaveProperty('start_time');
  });
});
