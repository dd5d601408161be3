import { DOCUMENT_NOT_FOUND, type CancelResult } from './CancelResult.js';
import { DocumentStore } from './DocumentStore.js';

/** The statuses an other-stockin and an other-stockout business order share (the 60 one differs: 部分入库 / 部分出库). */
type SharedStatus = '编辑中' | '待审核' | '已审核' | '已推送wms' | '待结算' | '已完成' | '已取消';

/** One goods line of a business order, as pushed (`order_details`). */
export interface OtherBusinessOrderLine {
  spec_no: string;
  num: number;
  defect: boolean;
  remark?: string;
}

/**
 * A 其他入库业务单 or 其他出库业务单 (other stock-in / stock-out business order). Orders pushed
 * through the API carry their warehouse and lines; a seeded order may be just a number and a status.
 */
export interface OtherBusinessOrder<Status extends string> {
  order_no: string;
  status: Status;
  warehouse_no?: string;
  details?: OtherBusinessOrderLine[];
  remark?: string;
  /** `yyyy-MM-dd HH:mm:ss`, Beijing time. */
  created?: string;
  modified?: string;
}

/** The per-document error of `wms.stockother.In.cancelOrder` and `Out.cancelOrder`, from the pages' examples. */
export const OTHER_ORDER_NOT_CANCELLABLE = '单据状态不是编辑中、待审核、已审核，不允许取消';

const CANCELLABLE: ReadonlySet<string> = new Set<SharedStatus>(['编辑中', '待审核', '已审核']);

// "支持按照原业务单号入参取消带-1的单据（待审核/已推送wms状态均支持）": the original number also
// cancels its `-1` document when that one is 待审核 or 已推送wms. A `-1` document in any other state
// is left as it is; the pages do not say that it blocks the original.
const LINKED_CANCELLABLE: ReadonlySet<string> = new Set<SharedStatus>(['待审核', '已推送wms']);

/** Other stock-in or stock-out business orders and the cancel rule both cancelOrder pages document. */
export class OtherBusinessOrderStore<Status extends string> extends DocumentStore<OtherBusinessOrder<Status>> {
  constructor(orders: Iterable<OtherBusinessOrder<Status>>) {
    super((order) => order.order_no);
    this.replaceAll(orders);
  }

  /** Cancels one order (编辑中, 待审核 or 已审核) together with its `-1` order. */
  cancel(orderNo: string, modified?: string): CancelResult {
    const order = this.get(orderNo);
    if (!order) return { cancelled: false, reason: DOCUMENT_NOT_FOUND };
    if (!CANCELLABLE.has(order.status)) return { cancelled: false, reason: OTHER_ORDER_NOT_CANCELLABLE };
    const cancelled = { status: '已取消' as Status, ...(modified ? { modified } : {}) };
    this.update(orderNo, cancelled);
    const linkedNo = `${orderNo}-1`;
    const linked = this.get(linkedNo);
    if (linked && LINKED_CANCELLABLE.has(linked.status)) this.update(linkedNo, cancelled);
    return { cancelled: true };
  }
}
