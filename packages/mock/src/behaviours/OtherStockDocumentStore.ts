import { DocumentStore } from './DocumentStore.js';

/** Statuses a 其他出库单 is created in (`is_check` 0, 1, 2 on the createOther page). */
export type OtherStockoutDocumentStatus = '待审核' | '已审核' | '未确认';

export const OTHER_STOCKOUT_DOCUMENT_STATUS_BY_CHECK: Readonly<Record<number, OtherStockoutDocumentStatus>> = { 0: '待审核', 1: '已审核', 2: '未确认' };

/** One goods line of a stock document (`goods_list`). */
export interface OtherStockDocumentLine {
  spec_no: string;
  num: number;
  defect: boolean;
  remark: string;
  batch_no: string;
  position_no: string;
}

/**
 * A 其他入库单 or 其他出库单 (other stock-in / stock-out document) created through
 * `wms.stockin.Other.createOtherOrder` or `wms.stockout.Other.createOther`. Its number is the
 * caller's outer_no ("外部单号，创建到ERP后最为入库单号展示"). An 已审核 document has moved the stock.
 */
export interface OtherStockDocument<Status extends string> {
  order_no: string;
  src_order_no: string;
  warehouse_no: string;
  status: Status;
  reason: string;
  remark: string;
  logistics_no: string;
  goods_list: OtherStockDocumentLine[];
  /** `yyyy-MM-dd HH:mm:ss`, Beijing time. */
  created: string;
  modified: string;
}

export type OtherStockDocumentSeed<Status extends string> = Pick<OtherStockDocument<Status>, 'order_no' | 'warehouse_no' | 'status'> &
  Partial<Omit<OtherStockDocument<Status>, 'goods_list'>> & { goods_list?: (Pick<OtherStockDocumentLine, 'spec_no' | 'num'> & Partial<OtherStockDocumentLine>)[] };

/** The error of both create pages' examples when the outer number is taken. */
export const OUTER_NO_TAKEN = '外部单号重复!';

/** Other stock-in or stock-out documents, by number. A fresh mock has none. */
export class OtherStockDocumentStore<Status extends string> extends DocumentStore<OtherStockDocument<Status>, OtherStockDocumentSeed<Status>> {
  readonly #clock: () => string;

  constructor(documents: Iterable<OtherStockDocumentSeed<Status>> | undefined = [], clock: () => string) {
    super((document) => document.order_no);
    this.#clock = clock;
    this.replaceAll(documents);
  }

  protected override normalize(seed: OtherStockDocumentSeed<Status>): OtherStockDocument<Status> {
    const now = this.#clock();
    return {
      src_order_no: '',
      reason: '',
      remark: '',
      logistics_no: '',
      created: now,
      modified: seed.created ?? now,
      ...seed,
      goods_list: (seed.goods_list ?? []).map((line) => ({ defect: false, remark: '', batch_no: '', position_no: '', ...line })),
    };
  }
}
