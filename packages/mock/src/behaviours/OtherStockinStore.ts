import { DOCUMENT_NOT_FOUND, type CancelResult } from './CancelResult.js';
import { DocumentStore } from './DocumentStore.js';

/** Status codes of an other-stockin business document, as `wms.stockother.InQuery.queryWithDetail` documents them. */
export const OTHER_STOCKIN_STATUS_CODES = { 编辑中: 1, 待审核: 10, 已审核: 20, 已推送wms: 40, 部分入库: 60, 待结算: 65, 已完成: 70, 已取消: 80 } as const;

export type OtherStockinStatus = keyof typeof OTHER_STOCKIN_STATUS_CODES;

/** A 其他入库业务单 (other-stockin business document). */
export interface OtherStockinOrder {
  order_no: string;
  status: OtherStockinStatus;
}

/** The per-document error of `wms.stockother.In.cancelOrder`, from the page's example. */
export const OTHER_STOCKIN_NOT_CANCELLABLE = '单据状态不是编辑中、待审核、已审核，不允许取消';

const CANCELLABLE: ReadonlySet<OtherStockinStatus> = new Set(['编辑中', '待审核', '已审核']);

// "支持按照原业务单号入参取消带-1的单据（待审核/已推送wms状态均支持）": the original number also
// cancels its `-1` document when that one is 待审核 or 已推送wms. A `-1` document in any other state
// is left as it is; the page does not say that it blocks the original.
const LINKED_CANCELLABLE: ReadonlySet<OtherStockinStatus> = new Set(['待审核', '已推送wms']);

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

/** Other-stockin business documents and the rule of `wms.stockother.In.cancelOrder`. */
export class OtherStockinStore extends DocumentStore<OtherStockinOrder> {
  constructor(orders: Iterable<OtherStockinOrder> = DEFAULT_OTHER_STOCKINS) {
    super((order) => order.order_no, orders);
  }

  /** Cancels one document (编辑中, 待审核 or 已审核) together with its `-1` document. */
  cancel(orderNo: string): CancelResult {
    const order = this.get(orderNo);
    if (!order) return { cancelled: false, reason: DOCUMENT_NOT_FOUND };
    if (!CANCELLABLE.has(order.status)) return { cancelled: false, reason: OTHER_STOCKIN_NOT_CANCELLABLE };
    this.update(orderNo, { status: '已取消' });
    const linkedNo = `${orderNo}-1`;
    const linked = this.get(linkedNo);
    if (linked && LINKED_CANCELLABLE.has(linked.status)) this.update(linkedNo, { status: '已取消' });
    return { cancelled: true };
  }
}
