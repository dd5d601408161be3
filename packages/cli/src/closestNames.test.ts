import { describe, expect, it } from 'vitest';
import { closestNames, editDistance } from './closestNames.js';

const catalog = ['wms.stockin.PreStockin.cancel', 'wms.stockout.Sales.weighingExt', 'wms.stockother.In.cancelOrder', 'sales.TradeQuery.queryWithDetail'];

describe('closestNames suggests catalog names for a misspelt one', () => {
  it.each<[string, string[]]>([
    ['wms.stockin.PreStockin.cancle', ['wms.stockin.PreStockin.cancel']],
    ['WMS.STOCKIN.PRESTOCKIN.CANCEL', ['wms.stockin.PreStockin.cancel']],
    ['wms.stockother.In.cancelOrders', ['wms.stockother.In.cancelOrder']],
    ['goods.Nothing.like.it', []],
  ])('%s', (name, expected) => expect(closestNames(name, catalog)).toEqual(expected));
  it('editDistance counts single edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
