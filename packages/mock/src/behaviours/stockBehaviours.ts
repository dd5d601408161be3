import { pageOfRows } from '../answers/pageEnvelope.js';
import { failure } from '../MockEnvelope.js';
import type { MockState } from '../MockState.js';
import { formatBeijingDateTime, parseBeijingDateTime } from './beijingTime.js';
import { GOODS_LINE_ERRORS, goodsLinesRefusal, OUTER_NO_TAKEN, readGoodsLines, type GoodsLine } from './goodsLines.js';
import type { MockBehaviour } from './MockBehaviour.js';
import { declaredAnswer } from '../engine/declaredBehaviour.js';
import type { StoredRecord } from '../engine/StoredRecord.js';
import { byModifiedThenId, inTimeRange, pagedShapeOf, pagerOf, TIME_RANGE_REQUIRED, timeRangeOf } from './queryHelpers.js';
import { asFields, asFieldsList, readFlag, readNumber, readText, type Fields } from './readArgs.js';
import { stockPositions, type StockPosition } from './stockPositions.js';

// What moved the stock, as src_order_type of wms.StockSpec.queryChangeHistory enumerates it.
const STOCK_SOURCE = { count: 4, otherStockin: 20, otherStockout: 21 } as const;

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
    for (const line of lines) state.stock.move(readText(order.warehouse_no), line.spec_no, line.defect, line.num, now, { type: STOCK_SOURCE.otherStockin, no: readText(order.outer_no) });
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
    for (const line of lines) state.stock.move(warehouseNo, line.spec_no, line.defect, -line.num, now, { type: STOCK_SOURCE.otherStockout, no: readText(order.outer_no) });
  }
  return answer;
};

// Statuses of an other business order, from the status enum of wms.stockother.InQuery/OutQuery.queryWithDetail.
const BUSINESS_ORDER = { pending: 10, approved: 20, pushedToWms: 40, cancelled: 80 } as const;
const BUSINESS_ORDER_RESOURCE = { in: 'stockother.in', out: 'stockother.out' } as const;

// "支持按照原业务单号入参取消带-1的单据（待审核/已推送wms状态均支持）": the original number also
// cancels its `-1` order when that one is 待审核 or 已推送wms. A `-1` order in any other state is
// left as it is; the pages do not say that it blocks the original.
const LINKED_CANCELLABLE: ReadonlySet<number> = new Set([BUSINESS_ORDER.pending, BUSINESS_ORDER.pushedToWms]);

/** Notes that a business order's lines changed what is pending for their stock rows. */
function touchStockOf(state: MockState, record: StoredRecord | undefined, now: string): void {
  const warehouseNo = readText(record?.fields.warehouse_no);
  if (!record || warehouseNo === '') return;
  for (const line of record.lines ?? []) state.stock.touch(warehouseNo, readText(line.spec_no), readFlag(line.defect), now);
}

/**
 * `wms.stockother.In.push` and `Out.push`: the order is the spec's declaration (resources
 * stockother.in / stockother.out: numbered by outer_no or QR…/QC…, 外部单号重复!); what cannot be
 * declared is written here. The lines must be known SKUs; approved (`is_check` true) the order counts
 * as 其他待入库量 / 其他待出库量 until it is cancelled (the mock has no warehouse staff to carry it
 * out). A stock-out order checks the stock that can ship on creation (`create_check_stock` 0: the
 * call fails) or on approval (1, the default: created 待审核, `data.status` 20).
 */
function pushOtherBusinessOrder(direction: 'in' | 'out'): MockBehaviour {
  const resource = BUSINESS_ORDER_RESOURCE[direction];
  return (call) => {
    const { state, args, nowMs } = call;
    const order = asFields(args[0]);
    const blank = headerRefusal(order, false);
    if (blank) return failure(100, blank);
    const lines = readGoodsLines(args[1]);
    const refusal = goodsLinesRefusal(lines, knownSpec(state));
    if (refusal) return failure(100, refusal);
    const warehouseNo = readText(order.warehouse_no);
    const short = direction === 'out' ? notEnoughStock(state, warehouseNo, lines) : undefined;
    if (short && readNumber(order.create_check_stock, 1) === 0) return failure(100, short);
    const answer = declaredAnswer(call);
    if (answer.status !== 0) return answer;
    const record = state.resources.get(resource, readText((answer.data as { message?: unknown } | undefined)?.message));
    if (record?.status !== BUSINESS_ORDER.approved) return answer;
    if (short) {
      state.resources.setStatus(resource, record.key, BUSINESS_ORDER.pending, nowMs);
      return { status: 0, data: { outer_no: record.key, message: short, status: 20 } };
    }
    touchStockOf(state, record, formatBeijingDateTime(nowMs));
    return answer;
  };
}

/**
 * `wms.stockother.In.cancelOrder` and `Out.cancelOrder`: the spec's declaration cancels each number
 * on its own (failures in error_data, status 0); written here: a cancelled number also cancels its
 * `-1` order, and an approved order no longer waits to go in or out.
 */
function cancelOtherBusinessOrders(direction: 'in' | 'out'): MockBehaviour {
  const resource = BUSINESS_ORDER_RESOURCE[direction];
  return (call) => {
    const { state, nowMs } = call;
    const store = state.resources;
    const wasApproved = new Set((call.args[0] as readonly string[]).filter((no) => store.get(resource, no)?.status === BUSINESS_ORDER.approved));
    const answer = declaredAnswer(call);
    const now = formatBeijingDateTime(nowMs);
    for (const orderNo of new Set((answer.data as { success_data?: string[] } | undefined)?.success_data ?? [])) {
      const linked = store.get(resource, `${orderNo}-1`);
      if (linked?.status !== undefined && LINKED_CANCELLABLE.has(linked.status)) store.setStatus(resource, linked.key, BUSINESS_ORDER.cancelled, nowMs);
      if (wasApproved.has(orderNo)) touchStockOf(state, store.get(resource, orderNo), now);
    }
    return answer;
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

// The stock positions a stock query selects: of the merchant codes given ("传入商家编码时可传空值"),
// or changed in the time range, optionally in one warehouse; oldest change first.
function selectedPositions(state: MockState, params: Fields, specNos: ReadonlySet<string>): StockPosition[] | undefined {
  const warehouseNo = readText(params.warehouse_no);
  const range = timeRangeOf(params);
  if (!range && specNos.size === 0) return undefined;
  return stockPositions(state)
    .filter((position) => (specNos.size === 0 || specNos.has(position.spec_no)) && (warehouseNo === '' || position.warehouse_no === warehouseNo) && inTimeRange(position.modified, range))
    .sort(byModifiedThenId((position) => position.modified, (position) => position.rec_id));
}

const specNosOf = (value: unknown) => new Set(Array.isArray(value) ? value.map(readText) : []);

/**
 * `wms.StockSpec.search`: stock rows changed in the time range, or of the merchant codes given
 * ("传入商家编码时可传空值"), optionally in one warehouse. The page answers with the top-level
 * `total` and `data` as the list.
 */
const searchStock: MockBehaviour = ({ spec, state, args, pager }) => {
  const params = asFields(args[0]);
  const positions = selectedPositions(state, params, specNosOf(params.spec_nos));
  if (!positions) return failure(100, TIME_RANGE_REQUIRED);
  const mask = readNumber(params.mask);
  return pageOfRows(pagedShapeOf(spec, { listKey: null, total: 'total', maxPageSize: 1000 }), pagerOf(pager), positions.map((position) => stockRow(state, position, mask)));
};

/**
 * `wms.StockSpec.search2`: the same rows as search, paged in `data.detail_list`; as its page's
 * example shows, defect is a boolean and created/modified are epoch milliseconds.
 */
const searchStock2: MockBehaviour = ({ spec, state, args, pager }) => {
  const params = asFields(args[0]);
  const positions = selectedPositions(state, params, specNosOf(params.spec_nos));
  if (!positions) return failure(100, TIME_RANGE_REQUIRED);
  const mask = readNumber(params.mask);
  const rows = positions.map((position) => ({
    ...stockRow(state, position, mask),
    defect: position.defect,
    created: parseBeijingDateTime(position.created) ?? 0,
    modified: parseBeijingDateTime(position.modified) ?? 0,
  }));
  return pageOfRows(pagedShapeOf(spec, { listKey: 'detail_list', total: 'data.total_count', maxPageSize: 1000 }), pagerOf(pager), rows);
};

/**
 * `wms.StockSpec.queryAvailableStock`: 可用库存 (`num`: the stock that can ship) per SKU and
 * warehouse, of one merchant code or goods number, or changed in the time range.
 */
const queryAvailableStock: MockBehaviour = ({ spec, state, args, pager }) => {
  const params = asFields(args[0]);
  const specNo = readText(params.spec_no);
  const goodsNo = readText(params.goods_no);
  const positions = selectedPositions(state, specNo === '' ? params : { ...params, start_time: undefined }, new Set(specNo === '' ? [] : [specNo]));
  if (!positions) return failure(100, TIME_RANGE_REQUIRED);
  const rows = positions.flatMap((position) => {
    const sku = state.goods.findSpec(position.spec_no);
    if (goodsNo !== '' && sku?.goods.goods_no !== goodsNo) return [];
    return [
      {
        goods_name: sku?.goods.goods_name ?? '',
        spec_code: sku?.spec.spec_code ?? '',
        num: position.available_send_stock,
        warehouse_no: position.warehouse_no,
        goods_no: sku?.goods.goods_no ?? '',
        brand_name: sku?.goods.brand_name ?? '',
        type: 0, // 正常 (not under quality check)
        spec_no: position.spec_no,
        defect: position.defect,
        short_name: sku?.goods.short_name ?? '',
        spec_name: sku?.spec.spec_name ?? '',
        barcode: sku?.spec.barcode ?? '',
        class_name: sku?.goods.class_name ?? '',
        status: position.available_send_stock > 0 ? 0 : 1, // 正常, 缺货
      },
    ];
  });
  return pageOfRows(pagedShapeOf(spec, { listKey: 'stocks', total: 'data.total_count' }), pagerOf(pager), rows);
};

// The count page's error example: no merchant code of the count is known.
const NO_COUNTED_SKU_KNOWN = '商家编码全不存在或都已删除';

/**
 * `wms.StockPd.stockSyncByPd`: the count is the spec's declaration (resource stock_pd, 已完成);
 * written here: the stock of each counted SKU becomes its new_num, as a finished count sets it.
 * Merchant codes the archive lacks are skipped and listed in skip_spec_no; in strict mode
 * (is_post_error 1) one of them fails the call, and so does a count none of whose codes is known.
 */
const syncStockByCount: MockBehaviour = (call) => {
  const { state, args, nowMs } = call;
  const order = asFields(args[0]);
  const lines = asFieldsList(args[1]);
  const known = knownSpec(state);
  const skipped = lines.map((line) => readText(line.spec_no)).filter((specNo) => !known(specNo));
  if (lines.length > 0 && skipped.length === lines.length) return failure(100, NO_COUNTED_SKU_KNOWN);
  if (skipped.length > 0 && readFlag(order.is_post_error)) return failure(100, GOODS_LINE_ERRORS.unknownGoods);
  const answer = declaredAnswer(call);
  if (answer.status !== 0) return answer;
  const warehouseNo = readText(order.warehouse_no);
  const now = formatBeijingDateTime(nowMs);
  const pdNo = readText((answer.data as { pd_no?: unknown }).pd_no);
  const counted = lines.flatMap((line) => {
    const specNo = readText(line.spec_no);
    if (!known(specNo)) return [];
    const defect = readFlag(line.defect);
    const oldNum = state.stock.quantity(warehouseNo, specNo, defect);
    const newNum = readNumber(line.new_num);
    state.stock.move(warehouseNo, specNo, defect, newNum - oldNum, now, { type: STOCK_SOURCE.count, no: pdNo });
    return [{ spec_no: specNo, defect, old_num: oldNum, new_num: newNum, remark: readText(line.remark) }];
  });
  // The counted lines stay with the count for wms.StockPd.queryStockPdDetail (its query shows none).
  const record = state.resources.get('stock_pd', pdNo);
  if (record) state.resources.put('stock_pd', { ...record, lines: counted });
  return { ...answer, data: { ...(answer.data as object), skip_spec_no: skipped.join(',') } };
};

/**
 * `wms.StockSpec.queryChangeHistory`: every change of stock on hand in the time range (start_date..
 * end_date), of one merchant code, direction (type 1 入库, 2 出库), defect flag ("默认false只返回正品
 * 库存变化") and warehouse, oldest first.
 */
const queryStockChanges: MockBehaviour = ({ spec, state, args, pager }) => {
  const params = asFields(args[0]);
  const range = timeRangeOf({ start_time: params.start_date, end_time: params.end_date });
  const specNo = readText(params.spec_no);
  const warehouseNo = readText(params.warehouse_no);
  const type = readNumber(params.type);
  const defect = readFlag(params.defect);
  const rows = state.stock
    .moves()
    .map((move) => ({ ...move, type: move.stock_num_new >= move.stock_num_old ? 1 : 2 }))
    .filter((move) => (specNo === '' || move.spec_no === specNo) && (warehouseNo === '' || move.warehouse_no === warehouseNo) && (type === 0 || move.type === type) && move.defect === defect && inTimeRange(move.created, range))
    .map((move) => ({
      src_order_type: move.src_order_type,
      type: move.type,
      warehouse_name: move.warehouse_no,
      warehouse_no: move.warehouse_no,
      spec_no: move.spec_no,
      stock_num_old: move.stock_num_old,
      num: Math.abs(move.stock_num_new - move.stock_num_old),
      stock_num_new: move.stock_num_new,
      stockio_no: move.src_order_no,
      src_order_no: move.src_order_no,
      operator_name: '',
      created: parseBeijingDateTime(move.created) ?? 0,
      remark: '',
      defect: move.defect,
    }));
  return pageOfRows(pagedShapeOf(spec, { listKey: 'data', total: 'data.total_count' }), pagerOf(pager), rows);
};

/**
 * `wms.StockPd.queryStockPdDetail`: the counted lines of one count (pd_no): the stock before
 * (old_num) and the counted number (new_num); a count made by the mock holds its lines, one the
 * account started with (the query examples') none. The page answers with `total` and `data` as the list.
 */
const queryCountLines: MockBehaviour = ({ spec, state, args, pager }) => {
  const record = state.resources.get('stock_pd', readText(asFields(args[0]).pd_no));
  const created = formatBeijingDateTime(record?.createdMs ?? 0);
  const rows = (record?.lines ?? []).map((line, i) => {
    const sku = state.goods.findSpec(readText(line.spec_no));
    return {
      rec_id: i + 1,
      pd_id: record!.id,
      spec_id: sku?.spec.spec_id ?? 0,
      spec_no: readText(line.spec_no),
      spec_code: sku?.spec.spec_code ?? '',
      spec_name: sku?.spec.spec_name ?? '',
      barcode: sku?.spec.barcode ?? '',
      modified: created,
      created,
      old_num: readNumber(line.old_num),
      new_num: readNumber(line.new_num),
      goods_name: sku?.goods.goods_name ?? '',
      goods_no: sku?.goods.goods_no ?? '',
      brand_name: sku?.goods.brand_name ?? '',
      brand_id: 0,
      unit: 0,
      aux_unit: 0,
      remark: readText(line.remark),
      expire_date: '',
      batch_no: '',
      // The mock keeps no positions: stock not on a shelf, as the ERP names it.
      position_no: '其它未上架',
      short_name: sku?.goods.short_name ?? '',
      defect: readFlag(line.defect) ? 1 : 0,
    };
  });
  return pageOfRows(pagedShapeOf(spec, { listKey: null, total: 'total' }), pagerOf(pager), rows);
};

/**
 * `wms.StockSpec.stockDetailSearch`: the stock of the stock rows named by their rec_id (as search2
 * answers it; stock_spec_id_list wins over stock_spec_id), one detail row each: the mock keeps no
 * positions, batches or reservations, so all of it lies unshelved (其它未上架).
 */
const searchStockDetails: MockBehaviour = ({ state, args }) => {
  const params = asFields(args[0]);
  const list = readText(params.stock_spec_id_list);
  const ids = new Set((list !== '' ? list.split(/[,，]/) : [readText(params.stock_spec_id)]).map((id) => Number(id.trim())));
  const detail_list = state.stock
    .list()
    .filter((row) => ids.has(row.rec_id))
    .map((row) => ({ warehouse_no: row.warehouse_no, position_no: '其它未上架', zone_no: '', stock_num: row.stock_num, reserve_num: 0, batch_no: '', expire_date: '', production_date: '', stock_spec_id: row.rec_id }));
  return { status: 0, data: { detail_list, total_count: detail_list.length } };
};

/** Stock documents, other business orders and the stock queries, by wire name. */
export const stockBehaviours: Readonly<Record<string, MockBehaviour>> = {
  'wms.stockin.Other.createOtherOrder': createOtherStockinDocument,
  'wms.stockout.Other.createOther': createOtherStockoutDocument,
  'wms.stockother.In.push': pushOtherBusinessOrder('in'),
  'wms.stockother.Out.push': pushOtherBusinessOrder('out'),
  'wms.stockother.In.cancelOrder': cancelOtherBusinessOrders('in'),
  'wms.stockother.Out.cancelOrder': cancelOtherBusinessOrders('out'),
  'wms.StockSpec.search': searchStock,
  'wms.StockSpec.search2': searchStock2,
  'wms.StockSpec.queryAvailableStock': queryAvailableStock,
  'wms.StockPd.stockSyncByPd': syncStockByCount,
  'wms.StockSpec.queryChangeHistory': queryStockChanges,
  'wms.StockPd.queryStockPdDetail': queryCountLines,
  'wms.StockSpec.stockDetailSearch': searchStockDetails,
};
