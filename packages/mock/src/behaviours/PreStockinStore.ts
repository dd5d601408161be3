import { enumCodesByLabel } from '../engine/enumCodesByLabel.js';
import { handlerTable } from '../generated/handlers.js';
import { DOCUMENT_NOT_FOUND, type CancelResult } from './CancelResult.js';
import { DocumentStore } from './DocumentStore.js';

/** Status label -> code, from the status enum of wms.stockin.PreStockin.search (已取消 10, 编辑中 20, 待审核 30, 已完成 80). */
export const PRE_STOCKIN_STATUS_CODES: Readonly<Record<string, number>> = enumCodesByLabel(handlerTable['wms.stockin.PreStockin.search']!, 'order.status');

export type PreStockinStatus = string;

/** A 退货预入库单 (pre-stockin order for a return). */
export interface PreStockinOrder {
  pre_stockin_no: string;
  status: PreStockinStatus;
}

/** The error of `wms.stockin.PreStockin.cancel`, copied from the page's example: the trailing space is the server's. */
export const PRE_STOCKIN_NOT_CANCELLABLE = '入库单状态不为待审核或编辑中 ';

const CANCELLABLE: ReadonlySet<PreStockinStatus> = new Set(['编辑中', '待审核']);

/** A fresh mock holds these: the page's request example (RK2004210014) is cancellable, as the page's success example shows. */
export const DEFAULT_PRE_STOCKINS: readonly PreStockinOrder[] = [
  { pre_stockin_no: 'RK2004210014', status: '编辑中' },
  { pre_stockin_no: 'RK2004210015', status: '待审核' },
  { pre_stockin_no: 'RK2004210016', status: '已完成' },
];

/** Pre-stockin orders and the rule of `wms.stockin.PreStockin.cancel`. */
export class PreStockinStore extends DocumentStore<PreStockinOrder> {
  constructor(orders: Iterable<PreStockinOrder> = DEFAULT_PRE_STOCKINS) {
    super((order) => order.pre_stockin_no);
    this.replaceAll(orders);
  }

  /** Cancels an order that is 编辑中 or 待审核; anything else, including an already cancelled order, is refused. */
  cancel(preStockinNo: string): CancelResult {
    const order = this.get(preStockinNo);
    if (!order) return { cancelled: false, reason: DOCUMENT_NOT_FOUND };
    if (!CANCELLABLE.has(order.status)) return { cancelled: false, reason: PRE_STOCKIN_NOT_CANCELLABLE };
    this.update(preStockinNo, { status: '已取消' });
    return { cancelled: true };
  }
}
