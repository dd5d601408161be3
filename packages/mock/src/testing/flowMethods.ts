// Test support: the methods of the stateful flows, written from their doc pages in
// ../shared/wangdian-docs/pages/ (field names, types and required flags from the tables; where a
// page's request example sends what its table does not list, the example wins, as the server
// accepts it). The specs in specs/ replace these once they are written.
import type { FieldSchema } from '@wdt-kit/core';
import type { MockMethodSpec } from '../MockMethodSpec.js';

const str = (maxLength?: number): FieldSchema => ({ type: 'string', ...(maxLength ? { maxLength } : {}) });
const datetime: FieldSchema = { type: 'string', format: 'datetime', maxLength: 40 };
const int: FieldSchema = { type: 'integer' };
const decimal: FieldSchema = { type: ['number', 'string'], format: 'decimal' };
const bool: FieldSchema = { type: 'boolean' };
const obj = (properties: Record<string, FieldSchema>, required: string[] = []): FieldSchema => ({ type: 'object', ...(required.length ? { required } : {}), properties });
const list = (items: FieldSchema): FieldSchema => ({ type: 'array', items });
const fields = (type: FieldSchema, names: string[]) => Object.fromEntries(names.map((name) => [name, type]));
const props = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

const write = (method: string, title: string, args: MockMethodSpec['args'], returns: FieldSchema | null, idempotent = false): MockMethodSpec => ({ method, title, idempotent, paged: false, args, returns });

const query = (method: string, title: string, params: FieldSchema, paged: Exclude<MockMethodSpec['paged'], false>, returns: FieldSchema): MockMethodSpec => ({
  method,
  title,
  idempotent: true,
  paged,
  timeWindow: { start: 'start_time', end: 'end_time', maxSpan: '30d' },
  args: [{ name: 'params', required: true, schema: params }],
  returns,
});

// sales.RawTrade.pushSelf / pushSelf2: rawTradeList, rawTradeOrderList, discountList.
const rawTrade = obj(
  {
    tid: str(40),
    ...fields(int, ['process_status', 'trade_status', 'refund_status', 'pay_status', 'order_count', 'pay_method', 'invoice_type', 'logistics_type', 'delivery_term', 'remark_flag', 'consign_interval', 'is_sealed', 'id_card_type', 'receiver_province_no', 'receiver_city_no', 'receiver_district_no']),
    ...fields(decimal, ['goods_count', 'post_amount', 'other_amount', 'discount', 'receivable', 'platform_cost', 'cod_amount', 'received', 'paid']),
    ...fields(str(), ['trade_time', 'pay_time', 'end_time', 'buyer_nick', 'buyer_message', 'buyer_email', 'buyer_area', 'receiver_name', 'receiver_area', 'receiver_address', 'receiver_zip', 'receiver_mobile', 'receiver_telno', 'invoice_title', 'invoice_content', 'cust_data', 'pay_id', 'remark', 'warehouse_no', 'pay_account', 'to_deliver_time', 'fenxiao_nick', 'id_card']),
    is_auto_wms: bool,
  },
  // The table also marks warehouse_no required, but the page's request example leaves it out.
  ['tid', 'process_status', 'trade_status', 'refund_status', 'pay_status', 'order_count', 'goods_count', 'pay_method', 'trade_time', 'end_time', 'buyer_nick', 'receiver_name', 'receiver_address', 'receiver_mobile', 'post_amount', 'discount', 'receivable', 'delivery_term', 'is_auto_wms'],
);
const rawTradeOrder = obj(
  {
    ...fields(str(40), ['tid', 'oid', 'goods_id', 'spec_id', 'goods_no', 'spec_no', 'cid']),
    ...fields(str(), ['goods_name', 'spec_name', 'remark', 'json']),
    ...fields(int, ['status', 'refund_status', 'order_type', 'gift_type']),
    // share_amount is not in the table; the page's request example sends it.
    ...fields(decimal, ['num', 'price', 'discount', 'share_discount', 'total_amount', 'adjust_amount', 'refund_amount', 'share_amount']),
  },
  ['tid', 'oid', 'status', 'refund_status', 'goods_id', 'spec_id', 'goods_no', 'spec_no', 'goods_name', 'num', 'price', 'discount', 'share_discount', 'total_amount', 'adjust_amount', 'refund_amount', 'remark', 'json'],
);
const rawTradeDiscount = obj({ tid: str(40), oid: str(20), sn: str(40), name: str(50), detail: str(128), amount: decimal }, ['tid', 'oid']);
const rawTradePushArgs: MockMethodSpec['args'] = [
  { name: 'shop_no', required: true, schema: str(40) },
  { name: 'rawTradeList', required: true, schema: list(rawTrade) },
  { name: 'rawTradeOrderList', required: true, schema: list(rawTradeOrder) },
  { name: 'discountList', required: false, schema: list(rawTradeDiscount) },
];
const counts = { chg_count: int, new_count: int };

// goods.Goods.push: goodsInfo, specInfoList.
const goodsInfo = obj(
  {
    ...fields(str(), ['goods_no', 'goods_name', 'class_name', 'brand_name', 'unit_name', 'aux_unit_name', 'flag_name', 'short_name', 'alias', 'origin', 'remark', ...props('prop', 6)]),
    goods_type: int,
    auto_create_bc: bool,
    // Not in the table; the page's request example sends it.
    pinyin: str(),
  },
  ['goods_no', 'goods_name'],
);
const specInfo = obj(
  {
    ...fields(str(), ['spec_no', 'spec_code', 'barcode', 'spec_name', 'goods_label', 'img_url', 'remark', 'tax_code', 'unit_name', 'aux_unit_name', ...props('prop', 6)]),
    ...fields(int, ['wms_process_mask', 'sn_type', 'validity_days', 'sales_days', 'receive_days', 'large_type', 'validity_type']),
    ...fields(decimal, ['lowest_price', 'retail_price', 'wholesale_price', 'member_price', 'market_price', 'weight', 'height', 'length', 'width', 'custom_price1', 'custom_price2']),
    ...fields(decimal, ['sale_score', 'pack_score', 'pick_score', 'sort_score', 'scan_score', 'supply_score', 'shelve_score', 'stockin_score', 'inspect_score', 'packing_score', 'operate_score', 'weigh_score', 'consign_score']),
    is_lower_cost: bool,
  },
  ['spec_no'],
);

// Stock documents.
const stockinGoodsLine = obj(
  {
    spec_no: str(40),
    num: decimal,
    ...fields(str(), ['remark', 'batch_no', 'position_no', 'production_date', 'expire_date']),
    defect: bool,
    stockin_price: decimal,
    sn_list: list(str(255)),
    sn_new_list: list(obj({ sn_no: str(80), sn_suite_no: str(80) }, ['sn_no', 'sn_suite_no'])),
  },
  ['spec_no', 'num'],
);
const stockoutGoodsLine = obj(
  { spec_no: str(40), num: decimal, ...fields(str(), ['position_no', 'remark', 'batch_no', 'production_date', 'expire_date', 'sn_list']), defect: bool, is_enable_sn: int },
  ['spec_no', 'num'],
);
const businessOrderHeader = { ...fields(str(), ['warehouse_no', 'logistics_code', 'reason', 'flag_name', 'logistics_no', 'remark', 'outer_no', ...props('prop', 6)]), is_check: bool };
const businessOrderLine = (extra: Record<string, FieldSchema>) =>
  obj({ spec_no: str(40), num: int, ...fields(str(), ['position_no', 'batch_no', 'expire_date', 'production_date', 'aux_unit_name', 'remark']), defect: bool, ...extra }, ['spec_no', 'num']);
const createResult = obj({ status: int, message: str() });
const cancelResult = obj({ success_data: list(str()), error_data: list(obj({ order_no: str(), err_msg: str() })) });
const orderNoList: MockMethodSpec['args'] = [{ name: 'order_no_list', required: true, schema: list(str()) }];

export const flowMethods: Record<string, MockMethodSpec> = Object.fromEntries(
  [
    write('sales.RawTrade.pushSelf', '原始单推送', rawTradePushArgs, obj(counts), true),
    write('sales.RawTrade.pushSelf2', '原始单推送2', rawTradePushArgs, obj({ ...counts, error_list: list(obj({ no: str(), error: str() })) }), true),
    query(
      'sales.RawTrade.search',
      '原始单查询',
      obj({ tid: str(40), start_time: datetime, end_time: datetime, shop_no: str(20), is_slave: bool, detail_mask: int }),
      { listKey: 'order', total: 'data.total_count' },
      obj({ total_count: int, order: list(obj({ tid: str(), shop_no: str(), modified: str() })) }),
    ),
    write('goods.Goods.push', '货品推送', [
      { name: 'goodsInfo', required: true, schema: goodsInfo },
      { name: 'specInfoList', required: true, schema: list(specInfo) },
    ], int),
    query(
      'goods.Goods.queryWithSpec',
      '货品档案查询',
      obj({ spec_no: str(40), goods_no: str(40), brand_name: str(64), class_name: str(100), barcode: str(50), hide_deleted: bool, start_time: datetime, end_time: datetime }),
      { listKey: 'goods_list', total: 'data.total_count' },
      obj({ total_count: int, goods_list: list(obj({ goods_no: str(), spec_list: list(obj({ spec_no: str() })) })) }),
    ),
    write('purchase.PurchaseOrder.createOrder', '采购单新建', [
      {
        name: 'params',
        required: true,
        schema: obj(
          {
            ...fields(str(), ['purchase_no', 'provider_no', 'receive_warehouse_nos', 'expect_warehouse_no', 'purchaser_name', 'apply_nos', 'receive_address', 'contact', 'telno', 'flag_name', 'expect_time', 'created', 'remark', 'logistics_no', ...props('prop', 4)]),
            is_check: bool,
            pay_type: int,
            postfee_pay_type: int,
            post_fee: decimal,
            other_fee: decimal,
            purchase_details: list(
              obj(
                { spec_no: str(40), num: int, ...fields(str(), ['purchase_unit_name', 'remark', 'batch_no', 'expire_date', ...props('prop', 4)]), ...fields(decimal, ['price', 'tax_price', 'discount', 'tax_rate']) },
                ['spec_no', 'num'],
              ),
            ),
          },
          ['provider_no', 'receive_warehouse_nos', 'expect_warehouse_no', 'purchaser_name'],
        ),
      },
    ], createResult),
    query(
      'purchase.PurchaseOrder.queryWithDetail',
      '采购单及明细查询',
      obj({ ...fields(str(40), ['purchase_no', 'expect_warehouse_no', 'receive_warehouse_no']), provider_no: str(20), start_time: datetime, end_time: datetime, stockin_status: int, status: str(64), fuzzy_query: bool }),
      { listKey: 'order', total: 'data.total_count' },
      obj({ total_count: int, order: list(obj({ purchase_no: str(), status: int })) }),
    ),
    write('purchase.PurchaseOrder.cancelOrder', '采购单取消', [{ name: 'purchase_no', required: true, schema: str(20) }], null),
    query(
      'wms.StockSpec.search',
      '库存查询',
      obj({ start_time: datetime, end_time: datetime, spec_nos: list(str(40)), warehouse_no: str(40), mask: int, need_alarm_info: int }),
      { listKey: null, total: 'total', maxPageSize: 1000 },
      list(obj({ spec_no: str(), warehouse_no: str(), stock_num: decimal })),
    ),
    write('wms.stockin.Other.createOtherOrder', '其他入库单新建', [
      {
        name: 'stockin_order',
        required: true,
        schema: obj({ ...fields(str(), ['outer_no', 'src_order_no', 'warehouse_no', 'logistics_no', 'logistics_code', 'reason', 'remark']), is_check: int, goods_list: list(stockinGoodsLine) }, ['outer_no', 'warehouse_no', 'goods_list']),
      },
    ], createResult),
    write('wms.stockout.Other.createOther', '其他出库单新建', [
      {
        name: 'stockout_order',
        required: true,
        schema: obj({ ...fields(str(), ['outer_no', 'src_order_no', 'warehouse_no', 'logistics_code', 'logistics_no', 'reason', 'remark']), post_fee: decimal, is_check: int, goods_list: list(stockoutGoodsLine) }, ['outer_no', 'warehouse_no', 'goods_list']),
      },
    ], createResult),
    write('wms.stockother.In.push', '其它入库业务单创建', [
      { name: 'order', required: true, schema: obj(businessOrderHeader, ['warehouse_no']) },
      { name: 'order_details', required: true, schema: list(businessOrderLine({ price: decimal })) },
    ], obj({ status: int, message: str(), outer_no: str() })),
    write('wms.stockother.Out.push', '其它出库业务单创建', [
      {
        name: 'order',
        required: true,
        schema: obj({ ...businessOrderHeader, ...fields(str(), ['receiver_name', 'receiver_mobile', 'receiver_province', 'receiver_city', 'receiver_district', 'receiver_address']), create_check_stock: int }, ['warehouse_no']),
      },
      { name: 'order_details', required: true, schema: list(businessOrderLine({})) },
    ], obj({ status: int, message: str(), outer_no: str() })),
    write('wms.stockother.In.cancelOrder', '其他入库业务单据取消', orderNoList, cancelResult),
    write('wms.stockother.Out.cancelOrder', '其他出库业务单据取消', orderNoList, cancelResult),
  ].map((spec) => [spec.method, spec]),
);
