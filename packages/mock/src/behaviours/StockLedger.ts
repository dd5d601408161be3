import { DocumentStore } from './DocumentStore.js';

/**
 * The stock of one SKU in one warehouse, good (defect false) or defective: what stock-in and
 * stock-out documents move. Quantities that come from pending documents (purchase in transit,
 * other stock-in/out waiting) are not kept here: they are summed from those documents when the
 * stock is queried, so they can never drift from them.
 */
export interface MockStockRow {
  rec_id: number;
  warehouse_no: string;
  spec_no: string;
  defect: boolean;
  /** 库存量: on hand. */
  stock_num: number;
  /** 锁定量, 待审核量, 待发货量: only ever set by seeds (the mock has no sales orders that reserve stock). */
  lock_num: number;
  order_num: number;
  sending_num: number;
  /** `yyyy-MM-dd HH:mm:ss`, Beijing time. */
  created: string;
  modified: string;
  /** 上次出入库时间; '' until a document moved this stock. */
  last_inout_time: string;
}

export type MockStockSeed = Pick<MockStockRow, 'warehouse_no' | 'spec_no'> & Partial<MockStockRow>;

/** The document that moved stock: its type (src_order_type of wms.StockSpec.queryChangeHistory) and number. */
export interface StockMoveSource {
  type: number;
  no: string;
}

/** One change of stock on hand, as wms.StockSpec.queryChangeHistory reports it. */
export interface MockStockMove {
  warehouse_no: string;
  spec_no: string;
  defect: boolean;
  stock_num_old: number;
  stock_num_new: number;
  src_order_type: number;
  src_order_no: string;
  /** `yyyy-MM-dd HH:mm:ss`, Beijing time. */
  created: string;
}

/** The stock of the test account as the stock query page's example shows it: 3 of `wangdiantong` in `wdtapi3-test`. */
export const DEFAULT_STOCK: readonly MockStockSeed[] = [{ warehouse_no: 'wdtapi3-test', spec_no: 'wangdiantong', stock_num: 3 }];

// The stock query page's example has warehouse_id 624 for wdtapi3-test, the first warehouse a fresh mock knows.
const FIRST_WAREHOUSE_ID = 624;

function keyOf(warehouseNo: string, specNo: string, defect: boolean): string {
  return `${warehouseNo}\0${specNo}\0${defect ? 1 : 0}`;
}

/** Stock per warehouse, SKU and defect flag. */
export class StockLedger extends DocumentStore<MockStockRow, MockStockSeed> {
  readonly #clock: () => string;
  readonly #warehouseIds = new Map<string, number>();
  #moves: MockStockMove[] = [];
  #nextRecId = 1;

  constructor(rows: Iterable<MockStockSeed> | undefined = DEFAULT_STOCK, clock: () => string) {
    super((row) => keyOf(row.warehouse_no, row.spec_no, row.defect));
    this.#clock = clock;
    this.replaceAll(rows);
  }

  /** A copy of one stock row, or undefined when nothing of this SKU was ever in this warehouse. */
  find(warehouseNo: string, specNo: string, defect = false): MockStockRow | undefined {
    return this.get(keyOf(warehouseNo, specNo, defect));
  }

  /** Stock on hand, 0 when there is no row. */
  quantity(warehouseNo: string, specNo: string, defect = false): number {
    return this.find(warehouseNo, specNo, defect)?.stock_num ?? 0;
  }

  /** Moves stock in (positive) or out (negative) for a stock-in or stock-out document, and logs the change. */
  move(warehouseNo: string, specNo: string, defect: boolean, delta: number, now: string, source: StockMoveSource): void {
    const key = keyOf(warehouseNo, specNo, defect);
    const row = this.get(key);
    const old = row?.stock_num ?? 0;
    this.#moves.push({ warehouse_no: warehouseNo, spec_no: specNo, defect, stock_num_old: old, stock_num_new: old + delta, src_order_type: source.type, src_order_no: source.no, created: now });
    if (row) this.update(key, { stock_num: row.stock_num + delta, modified: now, last_inout_time: now });
    else this.put({ warehouse_no: warehouseNo, spec_no: specNo, defect, stock_num: delta, created: now, modified: now, last_inout_time: now });
  }

  /**
   * Notes that a document changed what is pending for this stock (in transit, waiting to go in or
   * out): the row's modified time moves, and a row of 0 is made if there was none.
   */
  touch(warehouseNo: string, specNo: string, defect: boolean, now: string): void {
    const key = keyOf(warehouseNo, specNo, defect);
    if (this.has(key)) this.update(key, { modified: now });
    else this.put({ warehouse_no: warehouseNo, spec_no: specNo, defect, created: now, modified: now });
  }

  /** Every change of stock on hand, oldest first (copies). */
  moves(): MockStockMove[] {
    return this.#moves.map((move) => ({ ...move }));
  }

  /** A stable id per warehouse number, in the order the mock first saw each warehouse. */
  warehouseId(warehouseNo: string): number {
    let id = this.#warehouseIds.get(warehouseNo);
    if (id === undefined) {
      id = FIRST_WAREHOUSE_ID + this.#warehouseIds.size;
      this.#warehouseIds.set(warehouseNo, id);
    }
    return id;
  }

  protected override normalize(seed: MockStockSeed): MockStockRow {
    const now = this.#clock();
    const rec_id = seed.rec_id ?? this.#nextRecId;
    this.#nextRecId = Math.max(this.#nextRecId, rec_id + 1);
    this.warehouseId(seed.warehouse_no);
    return { defect: false, stock_num: 0, lock_num: 0, order_num: 0, sending_num: 0, created: now, modified: seed.created ?? now, last_inout_time: '', ...seed, rec_id };
  }

  protected override onClear(): void {
    this.#moves = [];
    this.#nextRecId = 1;
    this.#warehouseIds.clear();
  }
}
