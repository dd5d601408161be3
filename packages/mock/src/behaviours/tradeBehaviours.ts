import { declaredAnswer } from '../engine/declaredBehaviour.js';
import { recordOfItem } from '../engine/seedRecords.js';
import { failure } from '../MockEnvelope.js';
import type { MockState } from '../MockState.js';
import { beijingDateStamp, parseBeijingDateTime } from './beijingTime.js';
import type { MockBehaviour } from './MockBehaviour.js';
import { TIME_RANGE_REQUIRED, timeRangeOf } from './queryHelpers.js';
import type { MockRawTrade, MockRawTradeOrder } from './RawTradeStore.js';
import { asFields, asFieldsList, readFlag, readText } from './readArgs.js';
import type { MockShop } from './ShopStore.js';

/** The resource of 系统订单 (sales.TradeQuery.queryWithDetail defines it in its spec). */
export const TRADE_RESOURCE = 'trade';

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

const epochMs = (moment: string) => parseBeijingDateTime(moment) ?? 0;

function detailRow(trade: MockRawTrade, line: MockRawTradeOrder, platformId: number): Row {
  return {
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

/**
 * A trade as the order query returns it, with the fields its raw order gives (the query fills the
 * rest from its item schema).
 */
export function tradeRow(trade: MockRawTrade, shop: MockShop | undefined): Row {
  const platformId = shop?.platform_id ?? 0;
  return {
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
    detail_list: trade.trade_orders.map((line) => detailRow(trade, line, platformId)),
  };
}

/**
 * 递交: files the trades of the given raw orders where the order queries read them (the resource
 * `trade`), each replacing what an earlier push of its raw order filed. A trade is derived from its
 * raw order (status, numbers, amounts, lines): a rule across two documents that the spec format
 * does not declare, so it is written here.
 */
export function submitTrades(state: MockState, tids: Iterable<string>, nowMs: number): void {
  const definition = state.resources.definitions.get(TRADE_RESOURCE);
  if (!definition) return;
  for (const tid of tids) {
    const raw = state.rawTrades.get(tid);
    const record = raw && recordOfItem(definition, tradeRow(raw, state.shops.get(raw.shop_no)), nowMs);
    if (record) state.resources.put(TRADE_RESOURCE, record);
  }
}

/**
 * The order queries: the declared query, once the call names its trades somehow. The page marks
 * the time range required but lets trade_no, src_tid or logistics_no stand in for it, a rule
 * across arguments that the format does not declare.
 */
const queryTrades: MockBehaviour = (call) => {
  const params = asFields(call.args[0]);
  const named = ['trade_no', 'src_tid', 'logistics_no'].some((key) => readText(params[key]) !== '');
  return named || timeRangeOf(params) ? declaredAnswer(call) : failure(100, TIME_RANGE_REQUIRED);
};

/**
 * `sales.TradeEdit.modifyRemark`, declared as an update of each trade's 客服备注; with
 * is_super_add the new text is appended to the remark the trade has, which a declaration cannot say.
 */
const modifyRemark: MockBehaviour = (call) => {
  const params = asFields(call.args[0]);
  const data = asFieldsList(params.data).map((item) => {
    const trade = readFlag(item.is_super_add) ? call.state.resources.get(TRADE_RESOURCE, readText(item.trade_no)) : undefined;
    return trade ? { ...item, cs_remark: readText(trade.fields.cs_remark) + readText(item.cs_remark) } : item;
  });
  return declaredAnswer({ ...call, args: [{ ...params, data }, ...call.args.slice(1)] });
};

/** What the trade declarations cannot say, by wire name. */
export const tradeBehaviours: Readonly<Record<string, MockBehaviour>> = {
  'sales.TradeQuery.queryWithDetail': queryTrades,
  'sales.TradeQuery.querySelfOrderWithDetail': queryTrades,
  'sales.TradeEdit.modifyRemark': modifyRemark,
};
