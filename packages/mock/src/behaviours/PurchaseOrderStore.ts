import { enumCodesByLabel } from '../engine/enumCodesByLabel.js';
import { handlerTable } from '../generated/handlers.js';
import type { CancelResult } from './CancelResult.js';
import { DocumentStore } from './DocumentStore.js';
import { readFlag, readNumber, readText, type Fields } from './readArgs.js';

/** Status label -> code, from the status enum of purchase.PurchaseOrder.queryWithDetail (已取消 10, 编辑中 20 … 已完成 90). */
export const PURCHASE_ORDER_STATUS_CODES: Readonly<Record<string, number>> = enumCodesByLabel(handlerTable['purchase.PurchaseOrder.queryWithDetail']!, 'order.status');

export type PurchaseOrderStatus = string;

/** One line of a purchase order (`purchase_details` when created, `detail_list` when queried). */
export interface MockPurchaseOrderLine {
  rec_id: number;
  spec_no: string;
  num: number;
  /** 税前单价, 折扣 (1 = none), 税率, as pushed. */
  price: number;
  discount: number;
  tax_rate: number;
  purchase_unit_name: string;
  remark: string;
  prop1: string;
  prop2: string;
  batch_no: string;
  expire_date: string;
  /** 到货入库量: nothing arrives in the mock unless a seed says so. */
  stockin_num: number;
  created: string;
  modified: string;
}

/** A 采购单 (purchase order). */
export interface MockPurchaseOrder {
  purchase_id: number;
  purchase_no: string;
  provider_no: string;
  status: PurchaseOrderStatus;
  /** 0 未入库 … 5 部分-超量入库. */
  stockin_status: number;
  settle_status: number;
  expect_warehouse_no: string;
  receive_warehouse_nos: string;
  purchaser_name: string;
  creator_name: string;
  check_operator_name: string;
  /** '' until approved. */
  check_time: string;
  flag_name: string;
  logistics_no: string;
  pay_type: number;
  postfee_pay_type: number;
  post_fee: number;
  other_fee: number;
  remark: string;
  /** From `expect_time` when created. */
  expect_arrive_time: string;
  prop1: string;
  prop2: string;
  prop3: string;
  prop4: string;
  created: string;
  modified: string;
  detail_list: MockPurchaseOrderLine[];
}

type LineSeed = Pick<MockPurchaseOrderLine, 'spec_no' | 'num'> & Partial<MockPurchaseOrderLine>;
export type MockPurchaseOrderSeed = Pick<MockPurchaseOrder, 'purchase_no'> & Partial<Omit<MockPurchaseOrder, 'detail_list'>> & { detail_list?: LineSeed[] };

export type PurchaseOrderCreateResult = { ok: true; purchase_no: string } | { ok: false; message: string };

/** Refusals of createOrder and cancelOrder, from the pages' examples and the error guide. */
export const PURCHASE_ORDER_ERRORS = {
  providerUnknown: '供应商不存在',
  purchaserBlank: '采购员姓名为空！',
  receiveWarehouseBlank: '收货仓库列表为空或无权限',
  expectWarehouseBlank: '预计入库仓为空或无权限',
  // Not documented: the pages do not say what a taken purchase_no answers.
  numberTaken: '采购单号已存在',
  unknownGoods: '货品列表中货品不存在或者货品重复!',
  repeatedGoods: (specNo: string): string => `货品 ${specNo} 重复!`,
  badQuantity: '数量不合法',
  badDiscount: '折扣应大于0',
  notFound: (purchaseNo: string): string => `采购单号为 ${purchaseNo} 的单据不存在`,
  notEditing: '采购单不是编辑中状态',
  // purchase.PurchaseOrder.pending and cancelByType (their itemErrors).
  numberUnknown: '采购单号不存在',
  notPartlyArrived: '采购单非部分入库状态',
  // Not documented: what cancelByType says of an order it may not cancel.
  notCancellable: '采购单状态不允许取消',
} as const;

/** A fresh mock holds CG202005150101 (编辑中), the number the cancel page's request example cancels successfully. */
export const DEFAULT_PURCHASE_ORDERS: readonly MockPurchaseOrderSeed[] = [
  { purchase_no: 'CG202005150101', status: '编辑中', provider_no: 'lzx', expect_warehouse_no: 'wdtapi3-test', receive_warehouse_nos: 'wdtapi3-test', purchaser_name: 'aaa', detail_list: [{ spec_no: 'wangdiantong', num: 1 }] },
];

const HEADER_TEXT = ['provider_no', 'receive_warehouse_nos', 'expect_warehouse_no', 'purchaser_name', 'flag_name', 'logistics_no', 'remark', 'prop1', 'prop2', 'prop3', 'prop4'] as const;

/** Purchase orders and the rules of createOrder and cancelOrder. */
export class PurchaseOrderStore extends DocumentStore<MockPurchaseOrder, MockPurchaseOrderSeed> {
  readonly #clock: () => string;
  #nextOrderId = 1;
  #nextLineId = 1;

  constructor(orders: Iterable<MockPurchaseOrderSeed> | undefined = DEFAULT_PURCHASE_ORDERS, clock: () => string) {
    super((order) => order.purchase_no);
    this.#clock = clock;
    this.replaceAll(orders);
  }

  /** Why these create params are refused, or undefined. `knownSpec` tells which merchant codes the goods archive has. */
  refusal(params: Fields, knownSpec: (specNo: string) => boolean): string | undefined {
    if (readText(params.provider_no).trim() === '') return PURCHASE_ORDER_ERRORS.providerUnknown;
    if (readText(params.purchaser_name).trim() === '') return PURCHASE_ORDER_ERRORS.purchaserBlank;
    if (readText(params.receive_warehouse_nos).trim() === '') return PURCHASE_ORDER_ERRORS.receiveWarehouseBlank;
    if (readText(params.expect_warehouse_no).trim() === '') return PURCHASE_ORDER_ERRORS.expectWarehouseBlank;
    const purchaseNo = readText(params.purchase_no);
    if (purchaseNo !== '' && this.has(purchaseNo)) return PURCHASE_ORDER_ERRORS.numberTaken;
    const seen = new Set<string>();
    for (const line of Array.isArray(params.purchase_details) ? (params.purchase_details as Fields[]) : []) {
      const specNo = readText(line.spec_no);
      if (!knownSpec(specNo)) return PURCHASE_ORDER_ERRORS.unknownGoods;
      if (seen.has(specNo)) return PURCHASE_ORDER_ERRORS.repeatedGoods(specNo);
      seen.add(specNo);
      if (!(readNumber(line.num) > 0)) return PURCHASE_ORDER_ERRORS.badQuantity;
      if (line.discount !== undefined && !(readNumber(line.discount) > 0)) return PURCHASE_ORDER_ERRORS.badDiscount;
    }
    return undefined;
  }

  /** Creates an order from params that passed `refusal`: 已审核 when is_check is set, else 编辑中. */
  create(params: Fields, purchaseNo: string, now: string): MockPurchaseOrder {
    const header = Object.fromEntries(HEADER_TEXT.map((key) => [key, readText(params[key])]));
    const approved = readFlag(params.is_check);
    this.put({
      ...header,
      purchase_no: purchaseNo,
      status: approved ? '已审核' : '编辑中',
      check_time: approved ? now : '',
      check_operator_name: approved ? '系统' : '',
      pay_type: readNumber(params.pay_type, 1),
      postfee_pay_type: readNumber(params.postfee_pay_type),
      post_fee: readNumber(params.post_fee),
      other_fee: readNumber(params.other_fee),
      expect_arrive_time: readText(params.expect_time),
      created: readText(params.created) || now,
      modified: now,
      detail_list: (Array.isArray(params.purchase_details) ? (params.purchase_details as Fields[]) : []).map((line) => ({
        spec_no: readText(line.spec_no),
        num: readNumber(line.num),
        price: readNumber(line.price),
        discount: readNumber(line.discount, 1),
        tax_rate: readNumber(line.tax_rate),
        purchase_unit_name: readText(line.purchase_unit_name),
        remark: readText(line.remark),
        prop1: readText(line.prop1),
        prop2: readText(line.prop2),
        batch_no: readText(line.batch_no),
        expire_date: readText(line.expire_date),
        created: now,
        modified: now,
      })),
    });
    return this.get(purchaseNo)!;
  }

  /** cancelOrder: only an order in 编辑中 ("该接口仅可以取消状态为编辑中状态下的采购单"). */
  cancel(purchaseNo: string, now: string): CancelResult {
    const order = this.get(purchaseNo);
    if (!order) return { cancelled: false, reason: PURCHASE_ORDER_ERRORS.notFound(purchaseNo) };
    if (order.status !== '编辑中') return { cancelled: false, reason: PURCHASE_ORDER_ERRORS.notEditing };
    this.update(purchaseNo, { status: '已取消', modified: now });
    return { cancelled: true };
  }

  /**
   * cancelByType's cancel (operate_type 0): from 编辑中 or 待审核, and from 已审核 when the call
   * allows cancelling approved orders (allow_cancel_checked_order 1).
   */
  cancelAny(purchaseNo: string, allowApproved: boolean, now: string): CancelResult {
    const order = this.get(purchaseNo);
    if (!order) return { cancelled: false, reason: PURCHASE_ORDER_ERRORS.numberUnknown };
    const cancellable: readonly PurchaseOrderStatus[] = allowApproved ? ['编辑中', '待审核', '已审核'] : ['编辑中', '待审核'];
    if (!cancellable.includes(order.status)) return { cancelled: false, reason: PURCHASE_ORDER_ERRORS.notCancellable };
    this.update(purchaseNo, { status: '已取消', modified: now });
    return { cancelled: true };
  }

  /** 停止等待 (pending, cancelByType 1 and 2): a partly arrived order waits no more for the rest and is 已完成. */
  stopWaiting(purchaseNo: string, now: string): CancelResult {
    const order = this.get(purchaseNo);
    if (!order) return { cancelled: false, reason: PURCHASE_ORDER_ERRORS.numberUnknown };
    if (order.status !== '部分到货') return { cancelled: false, reason: PURCHASE_ORDER_ERRORS.notPartlyArrived };
    this.update(purchaseNo, { status: '已完成', modified: now });
    return { cancelled: true };
  }

  protected override normalize(seed: MockPurchaseOrderSeed): MockPurchaseOrder {
    const now = this.#clock();
    const purchase_id = seed.purchase_id ?? this.#nextOrderId;
    this.#nextOrderId = Math.max(this.#nextOrderId, purchase_id + 1);
    const text = Object.fromEntries(HEADER_TEXT.map((key) => [key, ''])) as Record<(typeof HEADER_TEXT)[number], string>;
    const created = seed.created ?? now;
    return {
      ...text,
      status: '编辑中',
      stockin_status: 0,
      settle_status: 0,
      creator_name: 'api',
      check_operator_name: '',
      check_time: '',
      pay_type: 1,
      postfee_pay_type: 0,
      post_fee: 0,
      other_fee: 0,
      expect_arrive_time: '',
      created,
      modified: created,
      ...seed,
      purchase_id,
      detail_list: (seed.detail_list ?? []).map((line) => this.#normalizeLine(line, created)),
    };
  }

  #normalizeLine(line: LineSeed, created: string): MockPurchaseOrderLine {
    const rec_id = line.rec_id ?? this.#nextLineId;
    this.#nextLineId = Math.max(this.#nextLineId, rec_id + 1);
    return { price: 0, discount: 1, tax_rate: 0, purchase_unit_name: '', remark: '', prop1: '', prop2: '', batch_no: '', expire_date: '', stockin_num: 0, created, modified: created, ...line, rec_id };
  }

  protected override onClear(): void {
    this.#nextOrderId = 1;
    this.#nextLineId = 1;
  }
}
