import type { MockState } from '../MockState.js';
import { formatBeijingDateTime } from './beijingTime.js';
import { readFlag, readNumber, readText } from './readArgs.js';
import type { MockStockRow } from './StockLedger.js';

/** A stock row with the quantities that pending documents add to it, as the stock query reports them. */
export interface StockPosition extends MockStockRow {
  /** 采购在途量: lines of approved purchase orders not yet stocked in, in their expected warehouse. */
  purchase_num: number;
  /** 其他待入库量 / 其他待出库量: lines of approved other stock-in / stock-out business orders. */
  to_other_in_num: number;
  to_other_out_num: number;
  /** 可发库存: on hand minus what is promised (orders, sending, locks, pending other stock-outs). */
  available_send_stock: number;
}

type Pending = Pick<StockPosition, 'purchase_num' | 'to_other_in_num' | 'to_other_out_num'>;

const IN_TRANSIT_PURCHASE = new Set(['已审核', '部分到货']);

// Other business orders (declared resources) and what an approved one is pending as; 20 is 已审核
// in the status enum of wms.stockother.InQuery/OutQuery.queryWithDetail.
const OTHER_BUSINESS_ORDERS = [['stockother.in', 'to_other_in_num'], ['stockother.out', 'to_other_out_num']] as const;
const APPROVED_BUSINESS_ORDER = 20;

function keyOf(warehouseNo: string, specNo: string, defect: boolean): string {
  return `${warehouseNo}\0${specNo}\0${defect ? 1 : 0}`;
}

/**
 * Every stock row with its pending quantities, summed from the documents each time, so they always
 * agree with the documents. A SKU that only pending documents mention gets a stock row of 0, as
 * the ERP creates one when a document first names a SKU in a warehouse.
 */
export function stockPositions(state: MockState): StockPosition[] {
  const pending = new Map<string, { warehouseNo: string; specNo: string; defect: boolean; since: string; quantities: Pending }>();
  const add = (warehouseNo: string | undefined, specNo: string, defect: boolean, field: keyof Pending, num: number, since: string) => {
    if (!warehouseNo || num === 0) return;
    const key = keyOf(warehouseNo, specNo, defect);
    const entry = pending.get(key) ?? { warehouseNo, specNo, defect, since, quantities: { purchase_num: 0, to_other_in_num: 0, to_other_out_num: 0 } };
    entry.quantities[field] += num;
    pending.set(key, entry);
  };
  for (const order of state.purchaseOrders.list()) {
    if (!IN_TRANSIT_PURCHASE.has(order.status)) continue;
    for (const line of order.detail_list) add(order.expect_warehouse_no, line.spec_no, false, 'purchase_num', Math.max(0, line.num - line.stockin_num), order.modified);
  }
  for (const [resource, field] of OTHER_BUSINESS_ORDERS) {
    for (const order of state.resources.list(resource)) {
      if (order.status !== APPROVED_BUSINESS_ORDER) continue;
      const modified = formatBeijingDateTime(order.modifiedMs);
      for (const line of order.lines ?? []) add(readText(order.fields.warehouse_no), readText(line.spec_no), readFlag(line.defect), field, readNumber(line.num), modified);
    }
  }
  for (const { warehouseNo, specNo, defect, since } of pending.values()) {
    if (!state.stock.find(warehouseNo, specNo, defect)) state.stock.touch(warehouseNo, specNo, defect, since);
  }
  return state.stock.list().map((row) => {
    const quantities = pending.get(keyOf(row.warehouse_no, row.spec_no, row.defect))?.quantities ?? { purchase_num: 0, to_other_in_num: 0, to_other_out_num: 0 };
    const available_send_stock = row.stock_num - row.order_num - row.sending_num - row.lock_num - quantities.to_other_out_num;
    return { ...row, ...quantities, available_send_stock };
  });
}

/** 可发库存 of one SKU in one warehouse (0 when the mock has never seen it there). */
export function availableStock(state: MockState, warehouseNo: string, specNo: string, defect: boolean): number {
  const position = stockPositions(state).find((row) => row.warehouse_no === warehouseNo && row.spec_no === specNo && row.defect === defect);
  return position?.available_send_stock ?? 0;
}
