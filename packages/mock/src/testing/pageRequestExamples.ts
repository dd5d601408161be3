// Test support: the JSON request examples of the flow methods' doc pages (../shared/wangdian-docs/pages/),
// verbatim. wms.stockout.Other.createOther is missing: its page's example is not valid JSON (a full-width comma).

export const PAGE_REQUEST_EXAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  'sales.RawTrade.pushSelf': [
    "test",
    [
      {
        "is_auto_wms": false,
        "post_amount": 2,
        "other_amount": 5.2,
        "discount": 1,
        "platform_cost": 0,
        "cod_amount": "",
        "received": "",
        "tid": "tid-aqyYHjEldp",
        "process_status": 10,
        "trade_status": 30,
        "refund_status": 0,
        "pay_status": 2,
        "order_count": 2,
        "pay_method": 2,
        "trade_time": "2020-03-20 18:24:37",
        "pay_time": "2020-03-20 18:24:37",
        "end_time": "2020-03-20 18:24:37",
        "buyer_nick": "test_openapi",
        "buyer_message": "test_openapi",
        "buyer_email": "test_openapi@gmail.com",
        "buyer_area": "test_area",
        "receiver_name": "receiver_name",
        "receiver_area": "北京 北京市 朝阳区",
        "receiver_address": "春天街道春天花园小区1号楼1单元101",
        "receiver_zip": "014500",
        "receiver_mobile": "15612340987",
        "receiver_telno": "02288888888",
        "invoice_type": 0,
        "invoice_title": "",
        "invoice_content": "",
        "logistics_type": -1,
        "consign_interval": 0,
        "delivery_term": 1,
        "to_deliver_time": "",
        "pay_id": "",
        "pay_account": "",
        "remark": "",
        "remark_flag": 0,
        "goods_count": 6,
        "receivable": 17.6
      }
    ],
    [
      {
        "tid": "tid-aqyYHjEldp",
        "oid": "tid-aqyYHjEldp-0",
        "order_type": 0,
        "status": 30,
        "refund_status": 0,
        "goods_id": "openapi_gid-0",
        "spec_id": "openapi_sid-0",
        "goods_no": "api_gno-0",
        "spec_no": "api_sno-0",
        "goods_name": "api_gname-0",
        "spec_name": "api_sname-0",
        "num": 3,
        "price": 2.5,
        "adjust_amount": 2,
        "refund_amount": "",
        "discount": 0.5,
        "share_discount": 0.2,
        "total_amount": 9,
        "cid": "",
        "remark": "",
        "json": ""
      },
      {
        "tid": "tid-aqyYHjEldp",
        "oid": "tid-aqyYHjEldp-1",
        "order_type": 0,
        "status": 30,
        "refund_status": 0,
        "goods_id": "openapi_gid-1",
        "spec_id": "openapi_sid-1",
        "goods_no": "api_gno-1",
        "spec_no": "api_sno-1",
        "goods_name": "api_gname-1",
        "spec_name": "api_sname-1",
        "num": 3,
        "price": 2.5,
        "adjust_amount": 2,
        "refund_amount": "",
        "discount": 0.5,
        "share_discount": 0.2,
        "total_amount": 9,
        "share_amount": 8.8,
        "cid": "",
        "remark": "",
        "json": ""
      }
    ]
  ],
  'sales.RawTrade.pushSelf2': [
    "test",
    [
      {
        "is_auto_wms": false,
        "post_amount": 2,
        "other_amount": 5.2,
        "discount": 1,
        "platform_cost": 0,
        "cod_amount": "",
        "received": "",
        "tid": "tid-aqyYHjEldp",
        "process_status": 10,
        "trade_status": 30,
        "refund_status": 0,
        "pay_status": 2,
        "order_count": 2,
        "pay_method": 2,
        "trade_time": "2020-03-20 18:24:37",
        "pay_time": "2020-03-20 18:24:37",
        "end_time": "2020-03-20 18:24:37",
        "buyer_nick": "test_openapi",
        "buyer_message": "test_openapi",
        "buyer_email": "test_openapi@gmail.com",
        "buyer_area": "test_area",
        "receiver_name": "receiver_name",
        "receiver_area": "北京 北京市 朝阳区",
        "receiver_address": "春天街道春天花园小区1号楼1单元101",
        "receiver_zip": "014500",
        "receiver_mobile": "15612340987",
        "receiver_telno": "02288888888",
        "invoice_type": 0,
        "invoice_title": "",
        "invoice_content": "",
        "logistics_type": -1,
        "consign_interval": 0,
        "delivery_term": 1,
        "to_deliver_time": "",
        "pay_id": "",
        "pay_account": "",
        "remark": "",
        "remark_flag": 0,
        "goods_count": 6,
        "receivable": 17.6
      }
    ],
    [
      {
        "tid": "tid-aqyYHjEldp",
        "oid": "tid-aqyYHjEldp-0",
        "order_type": 0,
        "status": 30,
        "refund_status": 0,
        "goods_id": "openapi_gid-0",
        "spec_id": "openapi_sid-0",
        "goods_no": "api_gno-0",
        "spec_no": "api_sno-0",
        "goods_name": "api_gname-0",
        "spec_name": "api_sname-0",
        "num": 3,
        "price": 2.5,
        "adjust_amount": 2,
        "refund_amount": "",
        "discount": 0.5,
        "share_discount": 0.2,
        "total_amount": 9,
        "cid": "",
        "remark": "",
        "json": ""
      },
      {
        "tid": "tid-aqyYHjEldp",
        "oid": "tid-aqyYHjEldp-1",
        "order_type": 0,
        "status": 30,
        "refund_status": 0,
        "goods_id": "openapi_gid-1",
        "spec_id": "openapi_sid-1",
        "goods_no": "api_gno-1",
        "spec_no": "api_sno-1",
        "goods_name": "api_gname-1",
        "spec_name": "api_sname-1",
        "num": 3,
        "price": 2.5,
        "adjust_amount": 2,
        "refund_amount": "",
        "discount": 0.5,
        "share_discount": 0.2,
        "total_amount": 9,
        "share_amount": 8.8,
        "cid": "",
        "remark": "",
        "json": ""
      }
    ]
  ],
  'sales.RawTrade.search': [
    {
      "tid": "TID-TgKngjNFhj"
    }
  ],
  'goods.Goods.push': [
    {
      "goods_no": "testGoodsQ03-26 00:51:10_0",
      "goods_name": "testGoodsNameQ03-26 00:51:10_0",
      "short_name": "shortName",
      "auto_create_bc": true,
      "class_name": "新建分类3",
      "brand_name": "新建品牌3",
      "unit_name": "个",
      "aux_unit_name": "件",
      "goods_type": 1,
      "alias": "alias",
      "pinyin": "ceshi",
      "origin": "内蒙古呼和浩特市",
      "remark": "货品备注",
      "prop1": "P1",
      "prop2": "P2",
      "prop3": "P13",
      "prop4": "P14",
      "prop5": "P15",
      "prop6": "P16",
      "flag_name": "g_f"
    },
    [
      {
        "spec_no": "spec_noQ03-26 00:51:10_0_0",
        "spec_name": "spec_nameQ03-26 00:51:10_0_0",
        "spec_code": "spec_code",
        "barcode": "spec_noQ03-26 00:51:10_0_0",
        "pack_score": 12,
        "lowest_price": 200,
        "unit_name": "个",
        "aux_unit_name": "10个",
        "remark": "单品备注",
        "goods_label": "6"
      },
      {
        "spec_no": "spec_noQ03-26 00:51:10_0_1",
        "spec_name": "spec_nameQ03-26 00:51:10_0_1",
        "spec_code": "spec_code",
        "barcode": "spec_noQ03-26 00:51:10_0_1",
        "pack_score": 12,
        "lowest_price": 200,
        "unit_name": "个",
        "aux_unit_name": "10个",
        "remark": "单品备注",
        "goods_label": "6"
      },
      {
        "spec_no": "spec_noQ03-26 00:51:10_0_2",
        "spec_name": "spec_nameQ03-26 00:51:10_0_2",
        "spec_code": "spec_code",
        "barcode": "spec_noQ03-26 00:51:10_0_2",
        "pack_score": 12,
        "lowest_price": 200,
        "unit_name": "个",
        "aux_unit_name": "10个",
        "remark": "单品备注",
        "goods_label": "6"
      },
      {
        "spec_no": "spec_noQ03-26 00:51:10_0_3",
        "spec_name": "spec_nameQ03-26 00:51:10_0_3",
        "spec_code": "spec_code",
        "barcode": "spec_noQ03-26 00:51:10_0_3",
        "pack_score": 12,
        "lowest_price": 200,
        "unit_name": "个",
        "aux_unit_name": "10个",
        "remark": "单品备注",
        "goods_label": "6"
      }
    ]
  ],
  'goods.Goods.queryWithSpec': [
    {
      "start_time": "2020-01-01 00:00:00",
      "end_time": "2020-01-20 00:00:00",
      "hide_deleted": 1
    }
  ],
  'purchase.PurchaseOrder.createOrder': [
    {
      "receive_warehouse_nos": "wdtapi3-test",
      "purchase_details": [
        {
          "num": "1",
          "spec_no": "hcf"
        }
      ],
      "purchaser_name": "lj",
      "expect_warehouse_no": "wdtapi3-test",
      "provider_no": "LCJtest"
    }
  ],
  'purchase.PurchaseOrder.queryWithDetail': [
    {
      "start_time": "2020-01-01 00:00:00",
      "end_time": "2020-01-20 00:00:00"
    }
  ],
  'purchase.PurchaseOrder.cancelOrder': [
    "CG202005150101"
  ],
  'wms.StockSpec.search': [
    {
      "start_time": "2019-12-01 00:00:00",
      "end_time": "2019-12-20 00:00:00",
      "spec_nos": [
        "daba1"
      ]
    }
  ],
  'wms.stockin.Other.createOtherOrder': [
    {
      "outer_no": "CG2019112800061234567890",
      "warehouse_no": "ytz",
      "goods_list": [
        {
          "spec_no": "gy01",
          "num": "3",
          "stockin_price": 123,
          "sn_list": [
            "sn001",
            "sn002",
            "sn003"
          ]
        }
      ]
    }
  ],
  'wms.stockother.In.push': [
    {
      "outer_no": "stockother_out02",
      "warehouse_no": "1002",
      "remark": "API TEST",
      "is_check": true
    },
    [
      {
        "spec_no": "PC_2018",
        "num": "200.0000",
        "defect": false,
        "batch_no": "11111",
        "expire_date": "2020-07- 01 00:00:00"
      }
    ]
  ],
  'wms.stockother.Out.push': [
    {
      "outer_no": "stockother_out02",
      "warehouse_no": "1002",
      "remark": "API TEST",
      "is_check": true
    },
    [
      {
        "spec_no": "PC_2018",
        "num": "200.0000",
        "defect": false,
        "batch_no": "11111",
        "expire_date": "2020-07- 01 00:00:00"
      }
    ]
  ],
};
