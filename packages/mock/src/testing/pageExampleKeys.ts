// Test support: the field names of one row of each query page's response example
// (../shared/wangdian-docs/pages/), so tests can check that the mock answers in the page's shape.

export const RAW_TRADE_SEARCH_KEYS = {
  order: [
    'bad_reason', 'buyer_area', 'buyer_email', 'buyer_message', 'buyer_name', 'buyer_nick', 'created', 'currency', 'delivery_term', 'discount',
    'discount_list', 'end_time', 'fenxiao_nick', 'fenxiao_type', 'goods_amount', 'goods_count', 'guarantee_mode', 'is_auto_wms', 'modified',
    'order_count', 'other_amount', 'paid', 'pay_account', 'pay_id', 'pay_method', 'pay_status', 'pay_time', 'platform_cost', 'platform_id',
    'post_amount', 'pre_charge_time', 'process_status', 'rec_id', 'receivable', 'received', 'receiver_address', 'receiver_area', 'receiver_city',
    'receiver_country', 'receiver_district', 'receiver_mobile', 'receiver_name', 'receiver_province', 'receiver_ring', 'receiver_telno',
    'receiver_zip', 'refund_amount', 'refund_status', 'remark', 'remark_flag', 'shop_id', 'shop_no', 'shop_platform_id', 'sub_platform_id', 'tid',
    'to_deliver_time', 'trade_from', 'trade_orders', 'trade_status', 'trade_time', 'warehouse_no',
  ],
  trade_orders: [
    'adjust_amount', 'bind_oid', 'cid', 'commission', 'created', 'discount', 'end_time', 'goods_id', 'goods_name', 'goods_no', 'logistics_no',
    'modified', 'num', 'oid', 'order_type', 'platform_id', 'price', 'process_status', 'rec_id', 'refund_amount', 'refund_id', 'refund_status',
    'remark', 'share_amount', 'share_discount', 'spec_code', 'spec_id', 'spec_name', 'spec_no', 'status', 'tid', 'total_amount', 'warehouse_no',
  ],
};

export const GOODS_QUERY_KEYS = {
  goods_list: [
    'alias', 'aux_unit_name', 'brand_id', 'brand_name', 'class_id', 'class_name', 'deleted', 'flag_name', 'goods_created', 'goods_id',
    'goods_modified', 'goods_name', 'goods_no', 'goods_type', 'modified', 'origin', 'pinyin', 'prop1', 'prop2', 'prop3', 'prop4', 'prop5',
    'prop6', 'remark', 'short_name', 'spec_count', 'spec_list', 'unit_name',
  ],
  spec_list: [
    'barcode', 'barcode_list', 'custom_price1', 'custom_price2', 'deleted', 'goods_id', 'goods_label', 'height', 'img_url', 'is_lower_cost',
    'is_not_use_air', 'large_type', 'length', 'lowest_price', 'market_price', 'member_price', 'prop1', 'prop2', 'prop3', 'prop4', 'prop5',
    'prop6', 'receive_days', 'remark', 'retail_price', 'sales_days', 'sn_type', 'spec_aux_unit_name', 'spec_code', 'spec_created', 'spec_id',
    'spec_modified', 'spec_name', 'spec_no', 'spec_unit_name', 'tax_code', 'tax_rate', 'validity_days', 'weight', 'wholesale_price', 'width',
    'wms_process_mask',
  ],
  barcode_list: ['barcode', 'is_master', 'modified', 'type'],
};

export const PURCHASE_ORDER_QUERY_KEYS = {
  order: [
    'check_operator_name', 'check_time', 'created', 'creator_name', 'detail_list', 'expect_arrive_time', 'facheck_operator_name', 'flag_id',
    'flag_name', 'goods_arrive_count', 'goods_count', 'goods_fee', 'goods_stockin_count', 'goods_type_count', 'logistics_id', 'logistics_name',
    'logistics_no', 'logistics_type', 'modified', 'other_fee', 'pay_type', 'post_fee', 'postfee_pay_type', 'prop1', 'prop2', 'provider_id',
    'provider_name', 'provider_no', 'purchase_id', 'purchase_no', 'purchaser_name', 'remark', 'settle_status', 'status', 'stockin_status',
    'tax_fee', 'total_fee', 'warehouse_id', 'warehouse_name', 'warehouse_no',
  ],
  detail_list: [
    'amount', 'arrive_more_num', 'arrive_num', 'aux_amount', 'aux_price', 'barcode', 'base_unit_name', 'brand_name', 'confirm_num', 'created',
    'dis_price', 'discount', 'expire_date', 'goods_name', 'goods_no', 'gs_prop1', 'gs_prop2', 'gs_prop3', 'gs_prop4', 'gs_prop5', 'gs_prop6',
    'img_url', 'lack_num', 'modified', 'num', 'num2', 'price', 'prop1', 'prop2', 'prop3', 'prop4', 'provider_goods_no', 'purchase_id',
    'purchase_price', 'purchase_unit_name', 'rec_id', 'remark', 'retail_price', 'settle_num', 'short_name', 'spec_code', 'spec_id', 'spec_name',
    'spec_no', 'spec_remark', 'stockin_amount', 'stockin_num', 'stopwait_num', 'tax_amount', 'tax_price', 'tax_rate', 'unit_ratio', 'weight',
  ],
};

/** The stock page's example row, which carries the mask fields (sales figures, cost price) too. */
export const STOCK_SEARCH_KEYS = [
  'available_send_stock', 'barcode', 'brand_name', 'brand_no', 'cost_price', 'created', 'defect', 'flag_id', 'flag_name', 'goods_name', 'goods_no',
  'img_url', 'last_inout_time', 'last_pd_time', 'lock_num', 'modified', 'num_14days', 'num_7days', 'num_all', 'num_month', 'order_num',
  'part_paid_num', 'purchase_arrive_num', 'purchase_num', 'rec_id', 'refund_exch_num', 'refund_num', 'refund_onway_num', 'remark',
  'return_exch_num', 'return_num', 'return_onway_num', 'sending_num', 'spec_code', 'spec_id', 'spec_name', 'spec_no', 'status', 'stock_num',
  'subscribe_num', 'to_other_out_num', 'to_process_in_num', 'to_process_out_num', 'to_purchase_num', 'to_transfer_num', 'today_num',
  'transfer_num', 'unpay_num', 'warehouse_id', 'warehouse_name', 'warehouse_no', 'warehouse_type', 'weight', 'wms_preempty_diff',
  'wms_preempty_stock', 'wms_stock_diff', 'wms_sync_stock',
];
