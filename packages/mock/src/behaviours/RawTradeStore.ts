import { parseBeijingDateTime } from './beijingTime.js';
import { DocumentStore } from './DocumentStore.js';
import { readFlag, readNumber, readNumberFields, readText, readTextFields, type Fields } from './readArgs.js';
import type { MockShop } from './ShopStore.js';

/** One 原始子单 (raw order line), with the fields `sales.RawTrade.search` returns in `trade_orders`. */
export interface MockRawTradeOrder {
  rec_id: number;
  tid: string;
  oid: string;
  /** 平台状态 of the line: 10 未确认 … 90 已关闭. */
  status: number;
  refund_status: number;
  goods_id: string;
  spec_id: string;
  goods_no: string;
  spec_no: string;
  goods_name: string;
  spec_name: string;
  order_type: number;
  cid: string;
  num: number;
  price: number;
  discount: number;
  share_discount: number;
  total_amount: number;
  adjust_amount: number;
  refund_amount: number;
  remark: string;
  gift_type: number;
  created: string;
  modified: string;
}

/** One 优惠明细 (discount line). */
export interface MockRawTradeDiscount {
  rec_id: number;
  tid: string;
  oid: string;
  sn: string;
  name: string;
  detail: string;
  amount: number;
}

/** A 原始单 (raw order) pushed by `sales.RawTrade.pushSelf`/`pushSelf2`, keyed by tid. */
export interface MockRawTrade {
  rec_id: number;
  tid: string;
  shop_no: string;
  process_status: number;
  trade_status: number;
  refund_status: number;
  pay_status: number;
  pay_method: number;
  delivery_term: number;
  remark_flag: number;
  invoice_type: number;
  logistics_type: number;
  order_count: number;
  goods_count: number;
  trade_time: string;
  pay_time: string;
  end_time: string;
  buyer_nick: string;
  buyer_message: string;
  buyer_email: string;
  buyer_area: string;
  receiver_name: string;
  receiver_area: string;
  receiver_address: string;
  receiver_zip: string;
  receiver_mobile: string;
  receiver_telno: string;
  receiver_province_no: number;
  receiver_city_no: number;
  receiver_district_no: number;
  pay_id: string;
  pay_account: string;
  remark: string;
  invoice_title: string;
  invoice_content: string;
  warehouse_no: string;
  fenxiao_nick: string;
  to_deliver_time: string;
  post_amount: number;
  other_amount: number;
  discount: number;
  receivable: number;
  received: number;
  paid: number;
  platform_cost: number;
  cod_amount: number;
  is_auto_wms: boolean;
  created: string;
  modified: string;
  trade_orders: MockRawTradeOrder[];
  discount_list: MockRawTradeDiscount[];
}

type TradeLine = Pick<MockRawTradeOrder, 'oid'> & Partial<MockRawTradeOrder>;
export type MockRawTradeSeed = Pick<MockRawTrade, 'tid' | 'shop_no'> &
  Partial<Omit<MockRawTrade, 'trade_orders' | 'discount_list'>> & { trade_orders?: TradeLine[]; discount_list?: (Pick<MockRawTradeDiscount, 'oid'> & Partial<MockRawTradeDiscount>)[] };

/** What one push did: counts as on the page, and the trades it refused with their reasons. */
export interface RawTradePushResult {
  new_count: number;
  chg_count: number;
  error_list: { no: string; error: string }[];
}

const TRADE_TEXT = [
  'trade_time', 'pay_time', 'end_time', 'buyer_nick', 'buyer_message', 'buyer_email', 'buyer_area', 'receiver_name', 'receiver_area', 'receiver_address',
  'receiver_zip', 'receiver_mobile', 'receiver_telno', 'pay_id', 'pay_account', 'remark', 'invoice_title', 'invoice_content', 'warehouse_no',
  'fenxiao_nick', 'to_deliver_time',
] as const;
const TRADE_NUMBERS = [
  'process_status', 'trade_status', 'refund_status', 'pay_status', 'pay_method', 'delivery_term', 'remark_flag', 'invoice_type', 'logistics_type',
  'order_count', 'goods_count', 'receiver_province_no', 'receiver_city_no', 'receiver_district_no', 'post_amount', 'other_amount', 'discount',
  'receivable', 'received', 'paid', 'platform_cost', 'cod_amount',
] as const;
const LINE_TEXT = ['tid', 'oid', 'goods_id', 'spec_id', 'goods_no', 'spec_no', 'goods_name', 'spec_name', 'cid', 'remark'] as const;
const LINE_NUMBERS = ['status', 'refund_status', 'order_type', 'num', 'price', 'discount', 'share_discount', 'total_amount', 'adjust_amount', 'refund_amount', 'gift_type'] as const;

// 4-byte UTF-8 characters (emoji): the 接口规范 page warns they make the database write fail.
const ILLEGAL_CHARACTER = /[\u{10000}-\u{10FFFF}]/u;

/** The per-trade refusals, worded as the error guide and the push page give them. */
export const RAW_TRADE_ERRORS = {
  illegalText: (tid: string): string => `昵称/收件人姓名/收件人地址/买家留言包含非法字符或为空,原始单号为：${tid}`,
  tradeTimeInFuture: (tid: string): string => `下单时间非法,原始单号为：${tid}`,
  lineCountMismatch: (tid: string): string => `订单货品数量不一致${tid}`,
} as const;

/** Raw orders of self-owned shops and the rules of the raw-order push. */
export class RawTradeStore extends DocumentStore<MockRawTrade, MockRawTradeSeed> {
  readonly #clock: () => string;
  #nextTradeId = 1;
  #nextLineId = 1;

  constructor(trades: Iterable<MockRawTradeSeed> | undefined = [], clock: () => string) {
    super((trade) => trade.tid);
    this.#clock = clock;
    this.replaceAll(trades);
  }

  /**
   * Why this trade cannot be saved, or undefined: blank or emoji names and addresses, an order time
   * after now, or an order_count / goods_count that does not match the lines pushed for its tid.
   */
  refusal(trade: Fields, lines: Fields[], nowMs: number): string | undefined {
    const tid = readText(trade.tid);
    const required = [trade.buyer_nick, trade.receiver_name, trade.receiver_address].map(readText);
    const texts = [...required, readText(trade.buyer_message)];
    if (required.some((text) => text.trim() === '') || texts.some((text) => ILLEGAL_CHARACTER.test(text))) return RAW_TRADE_ERRORS.illegalText(tid);
    const tradeTime = parseBeijingDateTime(readText(trade.trade_time));
    if (tradeTime === undefined || tradeTime > nowMs) return RAW_TRADE_ERRORS.tradeTimeInFuture(tid);
    const goodsCount = lines.reduce((sum, line) => sum + readNumber(line.num), 0);
    if (readNumber(trade.order_count) !== lines.length || Math.abs(readNumber(trade.goods_count) - goodsCount) > 1e-6) return RAW_TRADE_ERRORS.lineCountMismatch(tid);
    return undefined;
  }

  /**
   * Saves pushed trades for a shop, matched by tid (a known tid is an update). `allOrNothing` is
   * pushSelf: the first refusal fails the whole call and saves nothing. Otherwise (pushSelf2) each
   * refused trade goes to error_list and the others are saved.
   */
  push(shop: MockShop, trades: Fields[], lines: Fields[], discounts: Fields[], nowMs: number, now: string, allOrNothing: boolean): RawTradePushResult {
    const result: RawTradePushResult = { new_count: 0, chg_count: 0, error_list: [] };
    const linesOf = (tid: string) => lines.filter((line) => readText(line.tid) === tid);
    const accepted: Fields[] = [];
    for (const trade of trades) {
      const error = this.refusal(trade, linesOf(readText(trade.tid)), nowMs);
      if (error === undefined) accepted.push(trade);
      else result.error_list.push({ no: readText(trade.tid), error });
    }
    if (allOrNothing && result.error_list.length > 0) return result;
    for (const trade of accepted) {
      const tid = readText(trade.tid);
      const existing = this.get(tid);
      const keptLineIds = new Map(existing?.trade_orders.map((line) => [line.oid, line.rec_id]));
      this.put({
        ...existing,
        ...readTextFields(trade, TRADE_TEXT),
        ...readNumberFields(trade, TRADE_NUMBERS),
        ...(trade.is_auto_wms !== undefined ? { is_auto_wms: readFlag(trade.is_auto_wms) } : {}),
        tid,
        shop_no: shop.shop_no,
        created: existing?.created ?? now,
        modified: now,
        trade_orders: linesOf(tid).map((line) => {
          const oid = readText(line.oid);
          return { ...readTextFields(line, LINE_TEXT), ...readNumberFields(line, LINE_NUMBERS), oid, ...(keptLineIds.has(oid) ? { rec_id: keptLineIds.get(oid)! } : {}), created: now, modified: now };
        }),
        discount_list: discounts.filter((discount) => readText(discount.tid) === tid).map((discount) => ({
          oid: readText(discount.oid),
          sn: readText(discount.sn),
          name: readText(discount.name),
          detail: readText(discount.detail),
          amount: readNumber(discount.amount),
        })),
      });
      if (existing) result.chg_count++;
      else result.new_count++;
    }
    return result;
  }

  protected override normalize(seed: MockRawTradeSeed): MockRawTrade {
    const now = this.#clock();
    const rec_id = seed.rec_id ?? this.#nextTradeId;
    this.#nextTradeId = Math.max(this.#nextTradeId, rec_id + 1);
    const text = Object.fromEntries(TRADE_TEXT.map((key) => [key, ''])) as Record<(typeof TRADE_TEXT)[number], string>;
    const numbers = Object.fromEntries(TRADE_NUMBERS.map((key) => [key, 0])) as Record<(typeof TRADE_NUMBERS)[number], number>;
    const created = seed.created ?? now;
    return {
      ...text,
      ...numbers,
      is_auto_wms: false,
      created,
      modified: created,
      ...seed,
      rec_id,
      trade_orders: (seed.trade_orders ?? []).map((line) => this.#normalizeLine(seed.tid, line, created)),
      discount_list: (seed.discount_list ?? []).map((discount, index) => ({ sn: '', name: '', detail: '', amount: 0, rec_id: index + 1, ...discount, tid: seed.tid })),
    };
  }

  #normalizeLine(tid: string, line: TradeLine, created: string): MockRawTradeOrder {
    const rec_id = line.rec_id ?? this.#nextLineId;
    this.#nextLineId = Math.max(this.#nextLineId, rec_id + 1);
    const text = Object.fromEntries(LINE_TEXT.map((key) => [key, ''])) as Record<(typeof LINE_TEXT)[number], string>;
    const numbers = Object.fromEntries(LINE_NUMBERS.map((key) => [key, 0])) as Record<(typeof LINE_NUMBERS)[number], number>;
    return { ...text, ...numbers, created, modified: created, ...line, tid, rec_id };
  }

  protected override onClear(): void {
    this.#nextTradeId = 1;
    this.#nextLineId = 1;
  }
}
