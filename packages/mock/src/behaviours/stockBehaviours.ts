import { pageOfRows } from '../answers/pageEnvelope.js';
import { failure } from '../MockEnvelope.js';
import type { MockState } from '../MockState.js';
import { formatBeijingDateTime } from './beijingTime.js';
import { GOODS_LINE_ERRORS, goodsLinesRefusal, OUTER_NO_TAKEN, readGoodsLines, type GoodsLine } from './goodsLines.js';
import type { MockBehaviour } from './MockBehaviour.js';
import { declaredAnswer } from '../engine/declaredBehaviour.js';
import type { OtherStockinStore } from './OtherStockinStore.js';
import type { OtherStockoutStore } from './OtherStockoutStore.js';
import { byModifiedThenId, inTimeRange, pagedShapeOf, pagerOf, TIME_RANGE_REQUIRED, timeRangeOf } from './queryHelpers.js';
import { asFields, readFlag, readNumber, readText, type Fields } from './readArgs.js';
import { stockPositions, type StockPosition } from './stockPositions.js';

// 已完成 in the status enum of wms.stockin.Other.queryWithDetail: what an approved stock-in document becomes.
const STOCKIN_COMPLETED = 80;
// 已完成 in the status enum of wms.stockout.OtherQuery.queryWithDetail: what an approved stock-out document becomes.
const STOCKOUT_COMPLETED = 110;

const knownSpec = (state: MockState) => (specNo: string) => state.goods.findSpec(specNo) !== undefined;

// The error guide's answer to a blank warehouse; a blank outer number in the guide's "xxx不能为空" form.
const WAREHOUSE_BLANK = '仓库编号不可为空';
const OUTER_NO_BLANK = 'outer_no不能为空';

function headerRefusal(order: Fields, outerNoRequired: boolean): string | undefined {
  if (outerNoRequired && readText(order.outer_no).trim() === '') return OUTER_NO_BLANK;
  if (readText(order.warehouse_no).trim() === '') return WAREHOUSE_BLANK;
  return undefined;
}

/** The refusal for the first line that asks for more than the warehouse can ship, or undefined. */
function notEnoughStock(state: MockState, warehouseNo: string, lines: readonly GoodsLine[]): string | undefined {
  const positions = stockPositions(state);
  const short = lines.find((line) => {
    const position = positions.find((row) => row.warehouse_no === warehouseNo && row.spec_no === line.spec_no && row.defect === line.defect);
    return line.num > (position?.available_send_stock ?? 0);
  });
  return short && GOODS_LINE_ERRORS.notEnoughStock(short.spec_no);
}

/**
 * `wms.stockin.Other.createOtherOrder`: the document is the spec's declaration (resource
 * stockin.other, run by the engine); what cannot be declared is written here: the goods lines are
 * checked against the goods archive, and a document created 已审核 (is_check 1, status 80 已完成)
 * puts its goods into stock at once.
 */
const createOtherStockinDocument: MockBehaviour = (call) => {
  const { state, args, nowMs } = call;
  const order = asFields(args[0]);
  const blank = headerRefusal(order, true);
  if (blank) return failure(100, blank);
  const lines = readGoodsLines(order.goods_list);
  const refusal = goodsLinesRefusal(lines, knownSpec(state));
  if (refusal) return failure(100, refusal);
  const answer = declaredAnswer(call);
  const document = state.resources.get('stockin.other', readText(order.outer_no));
  if (answer.status === 0 && document?.status === STOCKIN_COMPLETED) {
    const now = formatBeijingDateTime(nowMs);
    for (const line of lines) state.stock.move(readText(order.warehouse_no), line.spec_no, line.defect, line.num, now);
  }
  return answer;
};

/**
 * `wms.stockout.Other.createOther`: the document is the spec's declaration (resource
 * stockout.other); what cannot be declared is written here: the lines are checked against the goods
 * archive, a document created 已审核 (status 110 已完成) takes its goods out of stock, and one
 * asking for more than can be shipped fails the approval (`data.status` 20 审核失败) and is
 * created 待审核, as the page's status codes describe.
 */
const createOtherStockoutDocument: MockBehaviour = (call) => {
  const { state, args, nowMs } = call;
  const order = asFields(args[0]);
  const blank = headerRefusal(order, true);
  if (blank) return failure(100, blank);
  const lines = readGoodsLines(order.goods_list);
  const refusal = goodsLinesRefusal(lines, knownSpec(state));
  if (refusal) return failure(100, refusal);
  const warehouseNo = readText(order.warehouse_no);
  const approving = readFlag(order.is_check) && readNumber(order.is_check, 1) === 1;
  const short = approving ? notEnoughStock(state, warehouseNo, lines) : undefined;
  if (short) {
    const answer = declaredAnswer({ ...call, args: [{ ...order, is_check: 0 }, ...args.slice(1)] });
    return answer.status === 0 ? { status: 0, data: { message: short, status: 20 } } : answer;
  }
  const answer = declaredAnswer(call);
  if (answer.status === 0 && state.resources.get('stockout.other', readText(order.outer_no))?.status === STOCKOUT_COMPLETED) {
    const now = formatBeijingDateTime(nowMs);
    for (const line of lines) state.stock.move(warehouseNo, line.spec_no, line.defect, -line.num, now);
  }
  return answer;
};

/**
 * `wms.stockother.In.push` and `Out.push`: a business order numbered by outer_no, or `QR…`/`QC…`
 * when none is given. Approved (`is_check` true) it counts as 其他待入库量 / 其他待出库量 until it
 * is cancelled; the mock has no warehouse staff to carry it out. A stock-out order checks the
 * available stock on creation (`create_check_stock` 0) or on approval (1, the default).
 */
function pushOtherBusinessOrder(direction: 'in' | 'out'): MockBehaviour {
  return ({ state, args, nowMs }) => {
    const store: OtherStockinStore | OtherStockoutStore = direction === 'in' ? state.otherStockins : state.otherStockouts;
    const order = asFields(args[0]);
    const blank = headerRefusal(order, false);
    if (blank) return failure(100, blank);
    const outerNo = readText(order.outer_no);
    if (outerNo !== '' && store.has(outerNo)) return failure(100, OUTER_NO_TAKEN);
    const lines = readGoodsLines(args[1]);
    const refusal = goodsLinesRefusal(lines, knownSpec(state));
    if (refusal) return failure(100, refusal);
    const warehouseNo = readText(order.warehouse_no);
    const checkStockOnCreate = direction === 'out' && readNumber(order.create_check_stock, 1) === 0;
    if (checkStockOnCreate) {
      const short = notEnoughStock(state, warehouseNo, lines);
      if (short) return failure(100, short);
    }
    let approved = readFlag(order.is_check);
    const short = direction === 'out' && approved ? notEnoughStock(state, warehouseNo, lines) : undefined;
    if (short) approved = false;
    const now = formatBeijingDateTime(nowMs);
    const orderNo = outerNo || state.numbers.next(direction === 'in' ? 'QR' : 'QC', nowMs, (no) => store.has(no));
    store.put({
      order_no: orderNo,
      status: approved ? '已审核' : '待审核',
      warehouse_no: warehouseNo,
      details: lines.map(({ spec_no, num, defect, remark }) => ({ spec_no, num, defect, remark })),
      remark: readText(order.remark),
      created: now,
      modified: now,
    });
    if (approved) for (const line of lines) state.stock.touch(warehouseNo, line.spec_no, line.defect, now);
    // The Out page's examples carry outer_no on success too; the In page only when status is 20.
    if (short) return { status: 0, data: { outer_no: orderNo, message: short, status: 20 } };
    return { status: 0, data: { ...(direction === 'out' ? { outer_no: orderNo } : {}), message: orderNo, status: 0 } };
  };
}

/** `wms.stockother.In.cancelOrder` and `Out.cancelOrder`: each number on its own; failures go to error_data and the call returns status 0. */
function cancelOtherBusinessOrders(direction: 'in' | 'out'): MockBehaviour {
  return ({ state, args, nowMs }) => {
    const store: OtherStockinStore | OtherStockoutStore = direction === 'in' ? state.otherStockins : state.otherStockouts;
    const now = formatBeijingDateTime(nowMs);
    const success_data: string[] = [];
    const error_data: { order_no: string; err_msg: string }[] = [];
    for (const orderNo of args[0] as string[]) {
      const before = store.get(orderNo);
      const result = store.cancel(orderNo, now);
      if (!result.cancelled) {
        error_data.push({ order_no: orderNo, err_msg: result.reason });
        continue;
      }
      success_data.push(orderNo);
      // An approved order no longer waits to go in or out.
      if (before?.status === '已审核' && before.warehouse_no) for (const line of before.details ?? []) state.stock.touch(before.warehouse_no, line.spec_no, line.defect, now);
    }
    return { status: 0, data: { success_data, error_data } };
  };
}

/** One stock row as `wms.StockSpec.search` returns it: the field set of the page's example; `mask` adds sales figures (1) and the cost price (2). */
function stockRow(state: MockState, position: StockPosition, mask: number): Record<string, unknown> {
  const sku = state.goods.findSpec(position.spec_no);
  const zero = (fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, 0]));
  return {
    goods_no: sku?.goods.goods_no ?? '',
    goods_name: sku?.goods.goods_name ?? '',
    spec_code: sku?.spec.spec_code ?? '',
    spec_name: sku?.spec.spec_name ?? '',
    barcode: sku?.spec.barcode ?? '',
    weight: sku?.spec.weight ?? 0,
    img_url: sku?.spec.img_url ?? '',
    spec_no: position.spec_no,
    spec_id: sku?.spec.spec_id ?? 0,
    brand_name: sku?.goods.brand_name ?? '',
    brand_no: '',
    rec_id: position.rec_id,
    defect: position.defect ? 1 : 0,
    status: 1,
    stock_num: position.stock_num,
    ...zero(['unpay_num', 'subscribe_num']),
    order_num: position.order_num,
    sending_num: position.sending_num,
    purchase_num: position.purchase_num,
    ...zero(['transfer_num', 'to_transfer_num']),
    to_other_out_num: position.to_other_out_num,
    to_other_in_num: position.to_other_in_num,
    ...zero(['to_process_out_num', 'to_process_in_num', 'to_purchase_num', 'purchase_arrive_num', 'return_num', 'return_exch_num', 'return_onway_num']),
    ...zero(['refund_num', 'refund_exch_num', 'refund_onway_num', 'part_paid_num', 'wms_sync_stock', 'wms_stock_diff', 'wms_preempty_stock', 'wms_preempty_diff']),
    modified: position.modified,
    created: position.created,
    warehouse_id: state.stock.warehouseId(position.warehouse_no),
    warehouse_no: position.warehouse_no,
    warehouse_name: position.warehouse_no,
    // The page's example answers 1 for an ordinary warehouse (as the order pages do: "1、普通仓库").
    warehouse_type: 1,
    available_send_stock: position.available_send_stock,
    remark: '',
    flag_id: 0,
    flag_name: '无',
    lock_num: position.lock_num,
    last_pd_time: '',
    last_inout_time: position.last_inout_time,
    ...((mask & 1) === 1 ? zero(['today_num', 'num_yesterday', 'num_7days', 'num_14days', 'num_month', 'num_all', 'num_60days', 'num_90days']) : {}),
    ...((mask & 2) === 2 ? { cost_price: 0 } : {}),
  };
}

/**
 * `wms.StockSpec.search`: stock rows changed in the time range, or of the merchant codes given
 * ("传入商家编码时可传空值"), optionally in one warehouse. The page answers with the top-level
 * `total` and `data` as the list.
 */
const searchStock: MockBehaviour = ({ spec, state, args, pager }) => {
  const params = asFields(args[0]);
  const specNos = new Set(Array.isArray(params.spec_nos) ? params.spec_nos.map(readText) : []);
  const warehouseNo = readText(params.warehouse_no);
  const range = timeRangeOf(params);
  if (!range && specNos.size === 0) return failure(100, TIME_RANGE_REQUIRED);
  const mask = readNumber(params.mask);
  const rows = stockPositions(state)
    .filter((position) => (specNos.size === 0 || specNos.has(position.spec_no)) && (warehouseNo === '' || position.warehouse_no === warehouseNo) && inTimeRange(position.modified, range))
    .sort(byModifiedThenId((position) => position.modified, (position) => position.rec_id))
    .map((position) => stockRow(state, position, mask));
  return pageOfRows(pagedShapeOf(spec, { listKey: null, total: 'total', maxPageSize: 1000 }), pagerOf(pager), rows);
};

/** Stock documents, other business orders and the stock query, by wire name. */
export const stockBehaviours: Readonly<Record<string, MockBehaviour>> = {
  'wms.stockin.Other.createOtherOrder': createOtherStockinDocument,
  'wms.stockout.Other.createOther': createOtherStockoutDocument,
  'wms.stockother.In.push': pushOtherBusinessOrder('in'),
  'wms.stockother.Out.push': pushOtherBusinessOrder('out'),
  'wms.stockother.In.cancelOrder': cancelOtherBusinessOrders('in'),
  'wms.stockother.Out.cancelOrder': cancelOtherBusinessOrders('out'),
  'wms.StockSpec.search': searchStock,
};
