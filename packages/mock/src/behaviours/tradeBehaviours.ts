import { pageOfRows } from '../answers/pageEnvelope.js';
import { failure } from '../MockEnvelope.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import { beijingDateStamp, parseBeijingDateTime } from './beijingTime.js';
import type { MockBehaviour } from './MockBehaviour.js';
import { byModifiedThenId, codeListOf, inTimeRange, pagedShapeOf, pagerOf, TIME_RANGE_REQUIRED, timeRangeOf } from './queryHelpers.js';
import type { MockRawTrade, MockRawTradeOrder } from './RawTradeStore.js';
import { asFields, readText, type Fields } from './readArgs.js';
import type { MockShop } from './ShopStore.js';

/**
 * Raw orders become orders (系统订单): the ERP "递交"s each pushed raw order into a trade that the
 * order queries return. The mock does it when asked, so a trade always reflects its raw order's
 * latest push. The raw order's platform status decides the trade's status.
 */
export function tradeStatusOf(rawTradeStatus: number): number {
  if (rawTradeStatus >= 80) return 5; // 已退款 / 已关闭 → 已取消
  if (rawTradeStatus >= 70) return 110; // 已完成
  if (rawTradeStatus >= 50) return 95; // 已发货 / 已签收 → 已发货
  if (rawTradeStatus >= 30) return 30; // 待发货 → 待客审
  if (rawTradeStatus === 20) return 12; // 待尾款
  return 10; // 未确认 → 未付款
}

/** The trade number the ERP gives a raw order: `JY` + the day + a sequence, e.g. JY202301110027. */
export function tradeNoOf(trade: Pick<MockRawTrade, 'rec_id' | 'created'>): string {
  return `JY${beijingDateStamp(parseBeijingDateTime(trade.created) ?? 0)}${String(trade.rec_id).padStart(4, '0')}`;
}

type Row = Record<string, unknown>;

/**
 * A row with the shape of the page's example row (every key, each value's JSON type), emptied:
 * the answer has the fields a client expects even where the mock has nothing to say.
 */
function emptied(template: unknown): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(asFields(template))) {
    row[key] = typeof value === 'string' ? '' : typeof value === 'number' ? 0 : typeof value === 'boolean' ? false : Array.isArray(value) ? [] : value === null ? null : {};
  }
  return row;
}

/** The first row of the page's example list, where the spec keeps it. */
function exampleRow(spec: MockMethodSpec, listKey: string): Row & { detail_list?: unknown[] } {
  const data = asFields(asFields(spec.examples?.response).data);
  const list = data[listKey];
  return Array.isArray(list) && list.length > 0 ? asFields(list[0]) : {};
}

const epochMs = (moment: string) => parseBeijingDateTime(moment) ?? 0;

function detailRow(template: unknown, trade: MockRawTrade, line: MockRawTradeOrder, platformId: number): Row {
  return {
    ...emptied(template),
    rec_id: line.rec_id,
    trade_id: trade.rec_id,
    platform_id: platformId,
    tid: trade.tid,
    src_tid: trade.tid,
    src_oid: line.oid,
    platform_status: line.status,
    refund_status: line.refund_status,
    goods_no: line.goods_no,
    goods_name: line.goods_name,
    spec_no: line.spec_no,
    spec_name: line.spec_name,
    api_goods_id: line.goods_id,
    api_spec_id: line.spec_id,
    api_goods_name: line.goods_name,
    api_spec_name: line.spec_name,
    num: line.num,
    actual_num: line.num,
    price: line.price,
    order_price: line.price,
    share_price: line.num > 0 ? Math.round(((line.total_amount - line.share_discount) / line.num) * 10_000) / 10_000 : 0,
    discount: line.discount,
    share_amount: Math.round((line.total_amount - line.share_discount) * 10_000) / 10_000,
    remark: line.remark,
    created: epochMs(line.created),
    modified: epochMs(line.modified),
    created_date: line.created,
    modified_date: line.modified,
  };
}

/** A trade as the order query returns it: the page's example row's fields, filled from the raw order. */
export function tradeRow(spec: MockMethodSpec, listKey: string, trade: MockRawTrade, shop: MockShop | undefined): Row {
  const template = exampleRow(spec, listKey);
  const platformId = shop?.platform_id ?? 0;
  return {
    ...emptied(template),
    trade_id: trade.rec_id,
    trade_no: tradeNoOf(trade),
    trade_status: tradeStatusOf(trade.trade_status),
    src_tids: trade.tid,
    shop_no: trade.shop_no,
    shop_name: shop?.shop_name ?? '',
    shop_id: shop?.shop_id ?? 0,
    shop_platform_id: platformId,
    platform_id: platformId,
    warehouse_no: trade.warehouse_no,
    trade_from: 1,
    trade_time: epochMs(trade.trade_time),
    pay_time: trade.pay_time,
    buyer_message: trade.buyer_message,
    cs_remark: trade.remark,
    customer_name: trade.buyer_nick,
    receiver_name: trade.receiver_name,
    receiver_area: trade.receiver_area,
    receiver_address: trade.receiver_address,
    receiver_zip: trade.receiver_zip,
    receiver_mobile: trade.receiver_mobile,
    receiver_telno: trade.receiver_telno,
    post_amount: trade.post_amount,
    other_amount: trade.other_amount,
    discount: trade.discount,
    receivable: trade.receivable,
    paid: trade.paid,
    cod_amount: trade.cod_amount,
    delivery_term: trade.delivery_term,
    goods_count: trade.trade_orders.reduce((sum, line) => sum + line.num, 0),
    goods_type_count: new Set(trade.trade_orders.map((line) => line.spec_no)).size,
    raw_goods_count: trade.trade_orders.reduce((sum, line) => sum + line.num, 0),
    raw_goods_type_count: trade.trade_orders.length,
    created: epochMs(trade.created),
    modified: trade.modified,
    detail_list: trade.trade_orders.map((line) => detailRow(template.detail_list?.[0], trade, line, platformId)),
  };
}

function matches(params: Fields, trade: MockRawTrade, tradeNo: string): boolean {
  const wanted = (key: string) => readText(params[key]);
  const statuses = codeListOf(params.status);
  return (
    (wanted('trade_no') === '' || wanted('trade_no') === tradeNo) &&
    (wanted('src_tid') === '' || wanted('src_tid') === trade.tid) &&
    (wanted('shop_no') === '' || wanted('shop_no') === trade.shop_no) &&
    (wanted('warehouse_no') === '' || wanted('warehouse_no') === trade.warehouse_no) &&
    (!statuses || statuses.has(tradeStatusOf(trade.trade_status)))
  );
}

/**
 * `sales.TradeQuery.queryWithDetail` (and the self-order variant, which answers the same for the
 * mock's self-owned shops): trades changed in the time range, or by trade number / raw order number.
 */
const queryTrades: MockBehaviour = ({ spec, state, args, pager }) => {
  const params = asFields(args[0]);
  const range = timeRangeOf(params);
  if (!range && readText(params.trade_no) === '' && readText(params.src_tid) === '') return failure(100, TIME_RANGE_REQUIRED);
  const shape = pagedShapeOf(spec, { listKey: 'order', total: 'data.total_count' });
  const listKey = shape.listKey ?? 'order';
  const rows = state.rawTrades
    .list()
    .filter((trade) => inTimeRange(trade.modified, range) && matches(params, trade, tradeNoOf(trade)))
    .sort(byModifiedThenId((trade) => trade.modified, (trade) => trade.rec_id))
    .map((trade) => tradeRow(spec, listKey, trade, state.shops.get(trade.shop_no)));
  return pageOfRows(shape, pagerOf(pager), rows);
};

/** Order queries over the pushed raw orders, by wire name. */
export const tradeBehaviours: Readonly<Record<string, MockBehaviour>> = {
  'sales.TradeQuery.queryWithDetail': queryTrades,
  'sales.TradeQuery.querySelfOrderWithDetail': queryTrades,
};
