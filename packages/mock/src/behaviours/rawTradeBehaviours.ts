import { pageOfRows } from '../answers/pageEnvelope.js';
import { failure } from '../MockEnvelope.js';
import { formatBeijingDateTime } from './beijingTime.js';
import type { MockBehaviour } from './MockBehaviour.js';
import { byModifiedThenId, inTimeRange, pagedShapeOf, pagerOf, TIME_RANGE_REQUIRED, timeRangeOf } from './queryHelpers.js';
import type { MockRawTrade } from './RawTradeStore.js';
import { asFields, asFieldsList, readNumber, readText } from './readArgs.js';
import { SELF_OWNED_PLATFORM_ID, type MockShop } from './ShopStore.js';
import { submitTrades } from './tradeBehaviours.js';

/** The push page's error example, and the error guide's line for a shop on another platform. */
export const SHOP_UNAVAILABLE = '店铺编号不存在或已停用';
export const SHOP_NOT_SELF_OWNED = '店铺平台不是自有平台';

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

// The ERP 递交s every saved raw order into a trade (submitTrades), which the order queries read.
// pushSelf answers the first refused trade as the call's error and saves nothing; pushSelf2 lists
// refused trades in error_list ("错误信息为空，表示全部创建成功") and saves the others.
function pushRawTrades(allOrNothing: boolean): MockBehaviour {
  return ({ state, args, nowMs }) => {
    const shop = state.shops.get(readText(args[0]));
    if (!shop || shop.is_disabled) return failure(100, SHOP_UNAVAILABLE);
    if (shop.platform_id !== SELF_OWNED_PLATFORM_ID) return failure(100, SHOP_NOT_SELF_OWNED);
    const trades = asFieldsList(args[1]);
    const result = state.rawTrades.push(shop, trades, asFieldsList(args[2]), asFieldsList(args[3]), nowMs, formatBeijingDateTime(nowMs), allOrNothing);
    const refused = new Set(result.error_list.map((refusal) => refusal.no));
    if (!allOrNothing || refused.size === 0) submitTrades(state, trades.map((trade) => readText(trade.tid)).filter((tid) => !refused.has(tid)), nowMs);
    if (allOrNothing) {
      const [refused] = result.error_list;
      return refused ? failure(100, refused.error) : { status: 0, data: { chg_count: result.chg_count, new_count: result.new_count } };
    }
    return { status: 0, data: { chg_count: result.chg_count, error_list: result.error_list, new_count: result.new_count } };
  };
}

/** A raw order as `sales.RawTrade.search` returns it: the field set of the page's example. */
function rawTradeRow(trade: MockRawTrade, shop: MockShop | undefined, withDiscounts: boolean): Record<string, unknown> {
  const platform_id = shop?.platform_id ?? SELF_OWNED_PLATFORM_ID;
  // Pushed-only fields (ids of the receiver's region, invoice, logistics, COD) are not in the answer.
  const {
    trade_orders,
    discount_list,
    receiver_province_no,
    receiver_city_no,
    receiver_district_no,
    invoice_type: _invoiceType,
    invoice_title: _invoiceTitle,
    invoice_content: _invoiceContent,
    logistics_type: _logisticsType,
    cod_amount: _codAmount,
    ...fields
  } = trade;
  return {
    ...fields,
    platform_id,
    shop_id: shop?.shop_id ?? 0,
    shop_platform_id: platform_id,
    sub_platform_id: 0,
    bad_reason: '',
    buyer_name: '',
    receiver_country: 0,
    receiver_province: receiver_province_no,
    receiver_city: receiver_city_no,
    receiver_district: receiver_district_no,
    receiver_ring: '',
    goods_amount: round4(trade_orders.reduce((sum, line) => sum + line.price * line.num, 0)),
    refund_amount: round4(trade_orders.reduce((sum, line) => sum + line.refund_amount, 0)),
    currency: '',
    guarantee_mode: 1,
    pre_charge_time: '',
    trade_from: 1,
    fenxiao_type: 0,
    outer_no: '',
    trade_orders: trade_orders.map(({ gift_type: _giftType, ...line }) => ({
      ...line,
      platform_id,
      process_status: trade.process_status,
      spec_code: '',
      // "页面的分摊优惠 = total_amount - 分摊优惠金额" (the push page's PHP example).
      share_amount: round4(line.total_amount - line.share_discount),
      warehouse_no: '',
      refund_id: '',
      logistics_no: '',
      commission: 0,
      bind_oid: '',
      end_time: '',
    })),
    discount_list: withDiscounts ? discount_list.map(({ sn, ...discount }) => ({ ...discount, platform_id, type: sn, is_bonus: 0 })) : [],
  };
}

/**
 * `sales.RawTrade.search` (and searchSelfOrder: the mock's raw orders are all of self-owned shops,
 * the only ones pushSelf takes): by tid, or by last-modified time (the page marks both optional; like the
 * order query, a call with neither is refused), optionally for one shop. `detail_mask` 1 adds the
 * discount lines.
 */
const searchRawTrades: MockBehaviour = ({ spec, state, args, pager }) => {
  const params = asFields(args[0]);
  const tid = readText(params.tid);
  const shopNo = readText(params.shop_no);
  const range = timeRangeOf(params);
  if (tid === '' && !range) return failure(100, TIME_RANGE_REQUIRED);
  const trades = state.rawTrades
    .list()
    .filter((trade) => (tid === '' || trade.tid === tid) && (shopNo === '' || trade.shop_no === shopNo) && inTimeRange(trade.modified, range))
    .sort(byModifiedThenId((trade) => trade.modified, (trade) => trade.rec_id));
  const withDiscounts = readNumber(params.detail_mask) === 1;
  const rows = trades.map((trade) => rawTradeRow(trade, state.shops.get(trade.shop_no), withDiscounts));
  return pageOfRows(pagedShapeOf(spec, { listKey: 'order', total: 'data.total_count' }), pagerOf(pager), rows);
};

/** Raw-order push and query, by wire name. */
export const rawTradeBehaviours: Readonly<Record<string, MockBehaviour>> = {
  'sales.RawTrade.pushSelf': pushRawTrades(true),
  'sales.RawTrade.pushSelf2': pushRawTrades(false),
  'sales.RawTrade.search': searchRawTrades,
  'sales.RawTrade.searchSelfOrder': searchRawTrades,
};
