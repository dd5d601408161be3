import { validateValue } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { handlerTable } from '../generated/handlers.js';
import { flowMock, TODAY } from '../testing/flowMock.js';

// The declarations of the transfer, outer, production, goods and virtual-warehouse specs: what
// each write makes is found by its query, in the query's own item shape.
const page = { pageSize: 50, pageNo: 0, calcTotal: true };
const rowsOf = (data: unknown, list: string) => (data as Record<string, Record<string, unknown>[]>)[list]!;

interface Case {
  write: string;
  args: unknown[];
  query: string;
  params: Record<string, unknown>;
  list: string;
  /** The row the query must show (a subset of its fields). */
  row: Record<string, unknown>;
}

const cases: Case[] = [
  {
    write: 'wms.stocktransfer.Edit.createOrder',
    args: [{ outer_no: 'T1', from_warehouse_no: 'A', to_warehouse_no: 'B', mode: 0, remark: 'r' }, [{ spec_no: 'S1', num: 2, from_position_no: 'P1' }], false],
    query: 'wms.stocktransfer.Manage.queryWithDetail',
    params: { ...TODAY, from_warehouse_no: 'A' },
    list: 'order',
    row: { transfer_no: 'TF202401010001', status: 30, from_warehouse_no: 'A', to_warehouse_no: 'B', mode: 0, remark: 'r' },
  },
  {
    write: 'wms.outer.OuterTransfer.createByApi',
    args: [{ create_mode: 2, from_warehouse_no: 'A', to_warehouse_no: 'C', mode: 1 }, [{ spec_no: 'S1', num: '3' }]],
    query: 'wms.stocktransfer.Manage.queryWithDetail',
    params: { ...TODAY, to_warehouse_no: 'C' },
    list: 'order',
    row: { transfer_no: 'TF202401010001', status: 40, mode: 4 },
  },
  {
    write: 'wms.outer.OuterOut.createOrder',
    args: [{ warehouse_no: 'W1', reason: '报损' }, [{ spec_no: 'S1', num: 2 }], true],
    query: 'wms.outer.OuterOut.queryWithDetail',
    params: { ...TODAY, warehouse_no: 'W1' },
    list: 'order',
    row: { outer_out_no: 'WO202401010001', status: 40, reason: '报损' },
  },
  {
    write: 'process.Process.upload',
    args: [{ out_warehouse_no: 'W1', in_warehouse_no: 'W2', operator_name: 'admin', producer_no: 'SC001', process_count: '1', detail_list: [{ spec_no: 'S1', num: '2' }, { spec_no: 'P', num: '1', is_product: true }] }],
    query: 'process.Process.search',
    params: { ...TODAY, out_warehouse_no: 'W1' },
    list: 'order',
    row: { process_no: 'PS202401010001', status: 30, in_warehouse_no: 'W2', operator_name: 'admin' },
  },
  {
    write: 'process.Bom.upload',
    args: [{ bom_name: 'B1', remark: 'x', detail_list: [{ spec_no: 'S1', num: 1, is_product: true }] }],
    query: 'process.Bom.search',
    params: TODAY,
    list: 'order_list',
    row: { bom_name: 'B1', remark: 'x', is_disabled: false },
  },
  {
    write: 'goods.Suite.upload2',
    args: [{ suite_no: 'SU1', suite_name: '套装', goods_label_name: '标签', print_suite_mode: 0 }, [{ spec_no: 'S1', num: 2 }]],
    query: 'goods.Suite.search',
    params: { ...TODAY, suite_no: 'SU1' },
    list: 'suite_list',
    row: { suite_no: 'SU1', suite_name: '套装' },
  },
  {
    write: 'goods.GoodsClass.upload',
    args: [{ class_name: '新分类', is_leaf: true }],
    query: 'goods.GoodsClass.search',
    params: { class_name: '新分类' },
    list: 'order_list',
    row: { class_name: '新分类', is_leaf: true },
  },
  {
    write: 'setting.strategy.VirtualWarehouse.create',
    args: [{ virtual_warehouse_no: 'V1', order_type: 1, is_check: 1 }, [{ spec_no: 'S1', warehouse_no: 'W1', num: 2 }]],
    query: 'setting.strategy.VirtualWarehouse.orderSearch',
    params: { ...TODAY, virtual_warehouse_no: 'V1' },
    list: 'order',
    row: { order_no: 'VO202401010001', order_status: 30, order_type: 1 },
  },
  {
    write: 'wms.StockPd.stockSyncByPd',
    args: [{ warehouse_no: 'W1', defect_mode: 0, remark: '月盘' }, [{ spec_no: 'wangdiantong', new_num: 5, remark: '', defect: false }]],
    query: 'wms.StockPd.queryStockPd',
    params: { ...TODAY, warehouse_no: 'W1' },
    list: 'pd_list',
    row: { pd_no: 'WP202401010001', status: 40, remark: '月盘' },
  },
  {
    write: 'goods.GoodsBrand.upload',
    args: [[{ brand_name: '新品牌' }, { brand_no: 'B2', brand_name: '停用品牌', is_disabled: 1 }]],
    query: 'goods.GoodsBrand.search',
    params: { brand_no: 'B2' },
    list: 'detail_list',
    row: { brand_no: 'B2', brand_name: '停用品牌', is_disabled: 1 },
  },
  {
    write: 'goods.ApiGoods.upload',
    args: [{ shop_no: 'shop1', goods_list: [{ goods_id: 'G1', spec_id: 'SKU1', goods_no: 'g-1', spec_no: 's-1', status: 2, price: 9.5 }] }],
    query: 'goods.ApiGoods.search',
    params: { ...TODAY, shop_no: 'shop1' },
    list: 'goods_list',
    row: { spec_id: 'SKU1', goods_id: 'G1', outer_id: 'g-1', spec_outer_id: 's-1', status: 2, price: 9.5 },
  },
];

describe('declared writes show in their queries', () => {
  it.each(cases.map((one) => [`${one.write} -> ${one.query}`, one] as const))('%s', async (_label, { write, args, query, params, list, row }) => {
    const mock = flowMock();
    const written = await mock.call(write, args);
    expect(written.status, JSON.stringify(written)).toBe(0);
    const answer = await mock.call(query, [params], page);
    expect(answer.status).toBe(0);
    expect(rowsOf(answer.data, list)).toEqual([expect.objectContaining(row)]);
    expect(validateValue(answer.data, handlerTable[query]!.returns!, 'data')).toEqual([]);
  });
});

describe('wms.stocktransfer.Manage.cancelOrder', () => {
  it('cancels a 待审核 transfer once; an unknown order and a second cancel fail', async () => {
    const mock = flowMock();
    const created = await mock.call('wms.stocktransfer.Edit.createOrder', [{ outer_no: 'T1', from_warehouse_no: 'A', to_warehouse_no: 'B', mode: 0 }, [{ spec_no: 'S1', num: 1 }], false]);
    const transferNo = (created.data as { message: string }).message;
    expect(await mock.call('wms.stocktransfer.Manage.cancelOrder', ['TF-NEVER'])).toEqual({ status: 100, message: '单据不存在' });
    expect(await mock.call('wms.stocktransfer.Manage.cancelOrder', [transferNo])).toEqual({ status: 0 });
    expect(await mock.call('wms.stocktransfer.Manage.cancelOrder', [transferNo])).toEqual({ status: 100, message: '调拨单状态不正确' });
    const rows = rowsOf((await mock.call('wms.stocktransfer.Manage.queryWithDetail', [{ ...TODAY, transfer_no: transferNo }], page)).data, 'order');
    expect(rows.map((row) => row.status)).toEqual([10]);
  });

  it('refuses an approved transfer (only 编辑中 or 待审核 can be cancelled)', async () => {
    const mock = flowMock();
    await mock.call('wms.stocktransfer.Edit.createOrder', [{ outer_no: 'T1', from_warehouse_no: 'A', to_warehouse_no: 'B', mode: 0 }, [{ spec_no: 'S1', num: 1 }], true]);
    expect(await mock.call('wms.stocktransfer.Manage.cancelOrder', ['TF202401010001'])).toEqual({ status: 100, message: '调拨单状态不正确' });
  });
});

describe('wms.stocktransfer.Manage.pending', () => {
  it('finishes an approved transfer; one that never existed or is not waiting is a row in error_info', async () => {
    const mock = flowMock();
    await mock.call('wms.stocktransfer.Edit.createOrder', [{ outer_no: 'T1', from_warehouse_no: 'A', to_warehouse_no: 'B', mode: 0 }, [{ spec_no: 'S1', num: 1 }], true]);
    await mock.call('wms.stocktransfer.Edit.createOrder', [{ outer_no: 'T2', from_warehouse_no: 'A', to_warehouse_no: 'B', mode: 0 }, [{ spec_no: 'S1', num: 1 }], false]);
    const answer = await mock.call('wms.stocktransfer.Manage.pending', [['TF202401010001', 'TF-NEVER', 'TF202401010002'], false]);
    const refused = '调拨单不存在或调拨单状态错误';
    expect(answer).toEqual({ status: 0, data: { error_info: [{ order_no: 'TF-NEVER', message: refused }, { order_no: 'TF202401010002', message: refused }], status: 0 } });
    const rows = rowsOf((await mock.call('wms.stocktransfer.Manage.queryWithDetail', [{ ...TODAY, transfer_no: 'TF202401010001,TF202401010002' }], page)).data, 'order');
    expect(rows.map((row) => [row.transfer_no, row.status])).toEqual([['TF202401010001', 90], ['TF202401010002', 30]]);
  });
});

describe('a bill of materials is named once', () => {
  it('refuses a second upload with the same bom_name as the page documents', async () => {
    const mock = flowMock();
    const bom = [{ bom_name: 'B1', detail_list: [{ spec_no: 'S1', num: 1, is_product: true }] }];
    expect((await mock.call('process.Bom.upload', bom)).status).toBe(0);
    expect(await mock.call('process.Bom.upload', bom)).toEqual({ status: 100, message: '已经存在同名物料单！' });
  });
});
