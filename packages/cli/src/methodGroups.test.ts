import { describe, expect, it } from 'vitest';
import type { CommandSpec } from './CommandSpec.js';
import { formatGroupSummary, methodGroups, searchMethods } from './methodGroups.js';

const spec = (method: string, title: string, category: CommandSpec['category'] = '库存类'): CommandSpec => ({ method, title, category, idempotent: false, writes: true, paged: false, args: [] });
const commands = [spec('wms.stockin.PreStockin.cancel', '退货预入库单取消', '售后类'), spec('wms.stockout.Sales.weighingExt', '称重'), spec('sales.TradeQuery.queryWithDetail', '订单查询', '订单类'), spec('goods.Goods.push', '货品推送', '货品类')];

describe('method groups', () => {
  it('group by the first segment, sorted, with their members', () => {
    expect([...methodGroups(commands)].map(([group, members]) => [group, members.length])).toEqual([
      ['goods', 1],
      ['sales', 1],
      ['wms', 2],
    ]);
  });
  it('summarise in columns within the width', () => {
    const summary = formatGroupSummary(commands, 40);
    expect(summary).toBe('  goods (1)   sales (1)   wms (2)');
    for (const line of formatGroupSummary(commands, 20).split('\n')) expect(line.length).toBeLessThanOrEqual(20);
  });
});

describe('searchMethods finds by Chinese or English, any case, every word', () => {
  it.each<[string, string[]]>([
    ['取消', ['wms.stockin.PreStockin.cancel']],
    ['CANCEL', ['wms.stockin.PreStockin.cancel']],
    ['wms 称重', ['wms.stockout.Sales.weighingExt']],
    ['订单类', ['sales.TradeQuery.queryWithDetail']],
    ['nothing-like-this', []],
  ])('%s', (search, methods) => expect(searchMethods(commands, search).map((c) => c.method)).toEqual(methods));
});
