import type { OtherBusinessOrder } from './OtherBusinessOrderStore.js';
import { OTHER_ORDER_NOT_CANCELLABLE, OtherBusinessOrderStore } from './OtherBusinessOrderStore.js';

/** Status codes of an other-stockin business order, as `wms.stockother.InQuery.queryWithDetail` documents them. */
export const OTHER_STOCKIN_STATUS_CODES = { 编辑中: 1, 待审核: 10, 已审核: 20, 已推送wms: 40, 部分入库: 60, 待结算: 65, 已完成: 70, 已取消: 80 } as const;

export type OtherStockinStatus = keyof typeof OTHER_STOCKIN_STATUS_CODES;

/** A 其他入库业务单 (other-stockin business order), pushed by `wms.stockother.In.push`. */
export type OtherStockinOrder = OtherBusinessOrder<OtherStockinStatus>;

/** The per-document error of `wms.stockother.In.cancelOrder`, from the page's example. */
export const OTHER_STOCKIN_NOT_CANCELLABLE: string = OTHER_ORDER_NOT_CANCELLABLE;

/**
 * A fresh mock holds these, so that the page's request example `[["QR3796","QR3795","QR3797"]]`
 * gets the page's response example: QR3796 and QR3795 cancellable, QR3797 not.
 */
export const DEFAULT_OTHER_STOCKINS: readonly OtherStockinOrder[] = [
  { order_no: 'QR3795', status: '编辑中' },
  { order_no: 'QR3796', status: '待审核' },
  { order_no: 'QR3796-1', status: '已推送wms' },
  { order_no: 'QR3797', status: '已完成' },
  { order_no: 'QR3798', status: '已审核' },
];

/** Other-stockin business orders and the rule of `wms.stockother.In.cancelOrder`. */
export class OtherStockinStore extends OtherBusinessOrderStore<OtherStockinStatus> {
  constructor(orders: Iterable<OtherStockinOrder> = DEFAULT_OTHER_STOCKINS) {
    super(orders);
  }
}
