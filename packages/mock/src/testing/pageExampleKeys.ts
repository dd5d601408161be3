// Test support: the field names of one row of a query page's success example (the spec's
// examples.response), so tests can check that the mock answers in the page's shape.
import { handlerTable } from '../generated/handlers.js';

type Row = Record<string, unknown>;

/** The keys of the first row at `path` (list keys, outermost first) in the method's example data, sorted. */
function exampleRowKeys(method: string, ...path: string[]): string[] {
  const data = (handlerTable[method]?.examples?.response as { data?: unknown } | undefined)?.data;
  // Some queries answer the list itself as data (with a top-level total).
  let row = (Array.isArray(data) ? data[0] : data) as Row | undefined;
  for (const key of path) {
    const list = row?.[key];
    row = Array.isArray(list) ? (list[0] as Row) : undefined;
  }
  if (!row) throw new Error(`${method}: its spec has no example row at ${path.join('.')}`);
  return Object.keys(row).sort();
}

export const RAW_TRADE_SEARCH_KEYS = {
  order: exampleRowKeys('sales.RawTrade.search', 'order'),
  trade_orders: exampleRowKeys('sales.RawTrade.search', 'order', 'trade_orders'),
};

export const GOODS_QUERY_KEYS = {
  goods_list: exampleRowKeys('goods.Goods.queryWithSpec', 'goods_list'),
  spec_list: exampleRowKeys('goods.Goods.queryWithSpec', 'goods_list', 'spec_list'),
  barcode_list: exampleRowKeys('goods.Goods.queryWithSpec', 'goods_list', 'spec_list', 'barcode_list'),
};

export const PURCHASE_ORDER_QUERY_KEYS = {
  order: exampleRowKeys('purchase.PurchaseOrder.queryWithDetail', 'order'),
  detail_list: exampleRowKeys('purchase.PurchaseOrder.queryWithDetail', 'order', 'detail_list'),
};

/** The stock page's example row, which carries the mask fields (sales figures, cost price) too. */
export const STOCK_SEARCH_KEYS = exampleRowKeys('wms.StockSpec.search');
