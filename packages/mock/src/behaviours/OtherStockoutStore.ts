import type { OtherBusinessOrder } from './OtherBusinessOrderStore.js';
import { OtherBusinessOrderStore } from './OtherBusinessOrderStore.js';

/** Status codes of an other-stockout business order, as `wms.stockother.OutQuery.queryWithDetail` documents them. */
export const OTHER_STOCKOUT_STATUS_CODES = { 编辑中: 1, 待审核: 10, 已审核: 20, 已推送wms: 40, 部分出库: 60, 待结算: 65, 已完成: 70, 已取消: 80 } as const;

export type OtherStockoutStatus = keyof typeof OTHER_STOCKOUT_STATUS_CODES;

/** A 其他出库业务单 (other-stockout business order), pushed by `wms.stockother.Out.push`. */
export type OtherStockoutOrder = OtherBusinessOrder<OtherStockoutStatus>;

/** Other-stockout business orders and the rule of `wms.stockother.Out.cancelOrder` (the same as the stock-in one). A fresh mock has none. */
export class OtherStockoutStore extends OtherBusinessOrderStore<OtherStockoutStatus> {
  constructor(orders: Iterable<OtherStockoutOrder> = []) {
    super(orders);
  }
}
