import { pageOfRows } from '../answers/pageEnvelope.js';
import { failure } from '../MockEnvelope.js';
import type { MockState } from '../MockState.js';
import { formatBeijingDateTime, parseBeijingDateTime } from './beijingTime.js';
import type { MockBehaviour } from './MockBehaviour.js';
import { PURCHASE_ORDER_STATUS_CODES, type MockPurchaseOrder } from './PurchaseOrderStore.js';
import { byModifiedThenId, codeListOf, inTimeRange, pagedShapeOf, pagerOf, TIME_RANGE_REQUIRED, timeRangeOf } from './queryHelpers.js';
import { asFields, readFlag, readNumber, readText } from './readArgs.js';

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * `purchase.PurchaseOrder.createOrder`: numbered by purchase_no, or `CG…` like the page's example.
 * An approved order (`is_check`) is in transit: the stock query shows it as 采购在途量.
 */
const createPurchaseOrder: MockBehaviour = ({ state, args, nowMs }) => {
  const params = asFields(args[0]);
  const refusal = state.purchaseOrders.refusal(params, (specNo) => state.goods.findSpec(specNo) !== undefined);
  if (refusal) return failure(100, refusal);
  const now = formatBeijingDateTime(nowMs);
  const purchaseNo = readText(params.purchase_no) || state.numbers.next('CG', nowMs, (no) => state.purchaseOrders.has(no));
  const order = state.purchaseOrders.create(params, purchaseNo, now);
  if (order.status === '已审核') for (const line of order.detail_list) state.stock.touch(order.expect_warehouse_no, line.spec_no, false, now);
  return { status: 0, data: { message: purchaseNo, status: 0 } };
};

/** `purchase.PurchaseOrder.cancelOrder`: `{"status":0}`, or the refusal as status 100. */
const cancelPurchaseOrder: MockBehaviour = ({ state, args, nowMs }) => {
  const result = state.purchaseOrders.cancel(readText(args[0]), formatBeijingDateTime(nowMs));
  return result.cancelled ? { status: 0 } : failure(100, result.reason);
};

/**
 * `purchase.PurchaseOrder.cancelByType`: each number on its own, cancelled (operate_type 0) or
 * stopped waiting (1, 2). Failures do not fail the call: `data.code` 1, `data.error_count`, and
 * `data.message` a JSON text of `[{"error":"采购单编号:<no>,<reason>"}]`, as the page's example shows.
 */
const cancelPurchaseOrdersByType: MockBehaviour = ({ state, args, nowMs }) => {
  const params = asFields(args[0]);
  const now = formatBeijingDateTime(nowMs);
  const cancel = readNumber(params.operate_type) === 0;
  const allowApproved = readNumber(params.allow_cancel_checked_order) === 1;
  const errors: { error: string }[] = [];
  for (const purchaseNo of Array.isArray(params.purchase_no_list) ? params.purchase_no_list.map(readText) : []) {
    const result = cancel ? state.purchaseOrders.cancelAny(purchaseNo, allowApproved, now) : state.purchaseOrders.stopWaiting(purchaseNo, now);
    if (!result.cancelled) errors.push({ error: `采购单编号:${purchaseNo},${result.reason}` });
  }
  return { status: 0, data: { code: errors.length > 0 ? 1 : 0, message: errors.length > 0 ? JSON.stringify(errors) : '', error_count: errors.length } };
};

/** `purchase.PurchaseOrder.pending` (停止等待): each number on its own; failures are rows of `error_info`. */
const stopWaitingPurchaseOrders: MockBehaviour = ({ state, args, nowMs }) => {
  const now = formatBeijingDateTime(nowMs);
  const error_info: { order_no: string; message: string }[] = [];
  for (const purchaseNo of Array.isArray(args[0]) ? args[0].map(readText) : []) {
    const result = state.purchaseOrders.stopWaiting(purchaseNo, now);
    if (!result.cancelled) error_info.push({ order_no: purchaseNo, message: result.reason });
  }
  return { status: 0, data: { error_info, status: 0 } };
};

/**
 * A purchase order as `purchase.PurchaseOrder.queryWithDetail` returns it: the field set of the
 * page's example, where created and modified are epoch milliseconds. Amounts follow the create
 * page: 税前折后单价 = price × discount, 税后单价 = that × (1 + tax_rate).
 */
function purchaseOrderRow(state: MockState, order: MockPurchaseOrder): Record<string, unknown> {
  const lines = order.detail_list.map((line) => {
    const sku = state.goods.findSpec(line.spec_no);
    const disPrice = round4(line.price * line.discount);
    const taxPrice = round4(disPrice * (1 + line.tax_rate));
    const { stockin_num, ...fields } = line;
    return {
      ...fields,
      purchase_id: order.purchase_id,
      spec_id: sku?.spec.spec_id ?? 0,
      retail_price: sku?.spec.retail_price ?? 0,
      provider_goods_no: '',
      goods_no: sku?.goods.goods_no ?? '',
      goods_name: sku?.goods.goods_name ?? '',
      short_name: sku?.goods.short_name ?? '',
      spec_remark: sku?.spec.remark ?? '',
      spec_code: sku?.spec.spec_code ?? '',
      spec_name: sku?.spec.spec_name ?? '',
      barcode: sku?.spec.barcode ?? '',
      brand_name: sku?.goods.brand_name ?? '',
      img_url: sku?.spec.img_url ?? '',
      num2: line.num,
      confirm_num: 0,
      arrive_num: 0,
      settle_num: 0,
      arrive_more_num: 0,
      stockin_num,
      stockin_amount: round4(stockin_num * taxPrice),
      stopwait_num: 0,
      lack_num: Math.max(0, line.num - stockin_num),
      unit_ratio: 1,
      base_unit_name: sku?.goods.unit_name ?? '',
      purchase_price: line.price,
      aux_price: line.price,
      dis_price: disPrice,
      amount: round4(disPrice * line.num),
      tax_price: taxPrice,
      tax_amount: round4(taxPrice * line.num),
      aux_amount: round4(disPrice * line.num),
      weight: sku?.spec.weight ?? 0,
      prop3: '',
      prop4: '',
      gs_prop1: sku?.spec.prop1 ?? '',
      gs_prop2: sku?.spec.prop2 ?? '',
      gs_prop3: sku?.spec.prop3 ?? '',
      gs_prop4: sku?.spec.prop4 ?? '',
      gs_prop5: sku?.spec.prop5 ?? '',
      gs_prop6: sku?.spec.prop6 ?? '',
    };
  });
  const { detail_list: _lines, receive_warehouse_nos: _receiveWarehouses, expect_warehouse_no, status, created, modified, ...fields } = order;
  const goodsFee = round4(lines.reduce((sum, line) => sum + line.amount, 0));
  const taxFee = round4(lines.reduce((sum, line) => sum + line.tax_amount, 0));
  return {
    ...fields,
    provider_id: 0,
    provider_name: order.provider_no,
    status: PURCHASE_ORDER_STATUS_CODES[status],
    warehouse_name: expect_warehouse_no,
    warehouse_id: state.stock.warehouseId(expect_warehouse_no),
    warehouse_no: expect_warehouse_no,
    facheck_operator_name: '',
    flag_id: 0,
    flag_name: order.flag_name || '无',
    logistics_name: '',
    logistics_type: 0,
    logistics_id: 0,
    goods_fee: goodsFee,
    tax_fee: taxFee,
    total_fee: round4(taxFee + order.post_fee + order.other_fee),
    goods_type_count: lines.length,
    goods_count: round4(lines.reduce((sum, line) => sum + line.num, 0)),
    goods_arrive_count: 0,
    goods_stockin_count: round4(lines.reduce((sum, line) => sum + line.stockin_num, 0)),
    created: parseBeijingDateTime(created) ?? 0,
    modified: parseBeijingDateTime(modified) ?? 0,
    detail_list: lines,
  };
}

/**
 * `purchase.PurchaseOrder.queryWithDetail`: by purchase_no ("填写了采购单号的时候起止时间条件失效";
 * `fuzzy_query` matches a part of it), else by last-modified time, which is then required; plus
 * the provider, warehouse, stock-in status and status-list filters.
 */
const queryPurchaseOrders: MockBehaviour = ({ spec, state, args, pager }) => {
  const params = asFields(args[0]);
  const purchaseNo = readText(params.purchase_no);
  const range = purchaseNo === '' ? timeRangeOf(params) : undefined;
  if (purchaseNo === '' && !range) return failure(100, TIME_RANGE_REQUIRED);
  const fuzzy = readFlag(params.fuzzy_query);
  const providerNo = readText(params.provider_no);
  const expectWarehouseNo = readText(params.expect_warehouse_no);
  const receiveWarehouseNo = readText(params.receive_warehouse_no);
  const stockinStatus = params.stockin_status === undefined ? undefined : readNumber(params.stockin_status);
  const statuses = codeListOf(params.status);
  const rows = state.purchaseOrders
    .list()
    .filter(
      (order) =>
        (purchaseNo === '' || (fuzzy ? order.purchase_no.includes(purchaseNo) : order.purchase_no === purchaseNo)) &&
        inTimeRange(order.modified, range) &&
        (providerNo === '' || order.provider_no === providerNo) &&
        (expectWarehouseNo === '' || order.expect_warehouse_no === expectWarehouseNo) &&
        (receiveWarehouseNo === '' || order.receive_warehouse_nos.split(',').includes(receiveWarehouseNo)) &&
        (stockinStatus === undefined || order.stockin_status === stockinStatus) &&
        (!statuses || statuses.has(PURCHASE_ORDER_STATUS_CODES[order.status])),
    )
    .sort(byModifiedThenId((order) => order.modified, (order) => order.purchase_id))
    .map((order) => purchaseOrderRow(state, order));
  return pageOfRows(pagedShapeOf(spec, { listKey: 'order', total: 'data.total_count' }), pagerOf(pager), rows);
};

/** Purchase order create, query and cancel, by wire name. */
export const purchaseOrderBehaviours: Readonly<Record<string, MockBehaviour>> = {
  'purchase.PurchaseOrder.createOrder': createPurchaseOrder,
  'purchase.PurchaseOrder.queryWithDetail': queryPurchaseOrders,
  'purchase.PurchaseOrder.cancelOrder': cancelPurchaseOrder,
  'purchase.PurchaseOrder.cancelByType': cancelPurchaseOrdersByType,
  'purchase.PurchaseOrder.pending': stopWaitingPurchaseOrders,
};
