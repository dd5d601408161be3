// Decisions the drafter takes from a page's intro and name.
import { describe, expect, it } from 'vitest';
import { isIdempotent, timeWindowOf } from './draftSpec.ts';
import { readCatalog } from './readCatalog.ts';
import type { ArgSpec } from './specTypes.ts';

const paramsWith = (...keys: string[]): ArgSpec[] => [
  { name: 'params', schema: { type: 'object', properties: Object.fromEntries(keys.map((key) => [key, { type: 'string' }])) } },
];

describe('timeWindowOf', () => {
  it.each([
    ['start\\_time和end\\_time最大跨度为30天。', ['start_time', 'end_time'], { start: 'start_time', end: 'end_time', maxSpan: '30d' }],
    ['start\\_time和end\\_time最大跨度为60分钟。', ['start_time', 'end_time'], { start: 'start_time', end: 'end_time', maxSpan: '60min' }],
    ['start\\_time和end\\_time最大跨度为1小时', ['start_time', 'end_time'], { maxSpan: '1h' }],
    ['起止时间跨度不超过7天', ['start_time', 'end_time'], { maxSpan: '7d' }],
    ['start\\_date和end\\_date最大跨度为30天', ['start_date', 'end_date'], { start: 'start_date', end: 'end_date', maxSpan: '30d' }],
    ['', ['mt_from', 'mt_to'], { start: 'mt_from', end: 'mt_to' }],
  ] as const)('%s', (text, keys, expected) => {
    expect(timeWindowOf(text, paramsWith(...keys), [])).toMatchObject(expected);
  });

  it('records no window for a method without a time range, and says why when the page names a span', () => {
    const issues: string[] = [];
    expect(timeWindowOf('最大跨度为30天', paramsWith('order_no'), issues)).toBeUndefined();
    expect(issues[0]).toMatch(/no time range/);
    expect(timeWindowOf('最大跨度为30天', [{ name: 'no', schema: { type: 'string' } }], [])).toBeUndefined();
  });

  it('falls back to the keys the arguments have when 1.4 names others', () => {
    const issues: string[] = [];
    expect(timeWindowOf('start_time和end_time最大跨度为30天', paramsWith('start_date', 'end_date'), issues)).toMatchObject({ start: 'start_date' });
    expect(issues[0]).toMatch(/names start_time and end_time/);
  });
});

describe('isIdempotent', () => {
  it.each([
    ['wms.stockin.PreStockin.cancel', '退货预入库单取消', false, false],
    ['wms.stockout.Sales.queryWithDetail', '销售出库单查询', true, true],
    ['sales.StockSync.calcStock', '库存同步计算查询', false, true],
    ['wms.StockSpec.stockDetailSearch', '库存明细查询', false, true],
    ['sales.RawTrade.pushSelf', '原始单推送', false, false],
  ])('%s', (method, title, paged, expected) => {
    expect(isIdempotent(method, title, paged)).toBe(expected);
  });
});

it('reads the catalog rows: title, menu group, paged', () => {
  const catalog = readCatalog([
    '| # | Method | 中文名 | Official category | Paged | Positional args (body array) | Max span | Src |',
    '| 49 | `wms.stockin.PreStockin.cancel` | 退货预入库单取消 | 售后类 | - | `(pre_stockin_no: string)` |  | D P |',
    '| 59 | `wms.stockin.Refund.returnLogisticsPackageQuery` | 退货物流包裹查询 | 售后类 | Y | `(params: {…}, pager)` | 30 d | D |',
  ].join('\n'));
  expect([...catalog.values()]).toEqual([
    { method: 'wms.stockin.PreStockin.cancel', title: '退货预入库单取消', category: '售后类', paged: false },
    { method: 'wms.stockin.Refund.returnLogisticsPackageQuery', title: '退货物流包裹查询', category: '售后类', paged: true },
  ]);
});
