import { validateValue } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { handlerTable } from '../generated/handlers.js';
import { FIXED_NOW_MS } from '../testing/callMock.js';
import { flowMock, TODAY } from '../testing/flowMock.js';

const page = { pageSize: 50, pageNo: 0, calcTotal: true };
type Row = Record<string, unknown> & { detail_list: Record<string, unknown>[] };
const rowsOf = (answer: { data?: unknown }) => (answer.data as { order: Row[] }).order;
const validAgainstReturns = (method: string, data: unknown) => validateValue(data, handlerTable[method]!.returns!, 'data');

describe('the worked examples: wms.outer.OuterIn and wms.stockin.Other, declared in their specs', () => {
  it('shows what wms.outer.OuterIn.createOrder creates in queryWithDetail (numbered WI… when no order_no is given), valid against the query spec', async () => {
    const mock = flowMock();
    const created = await mock.call('wms.outer.OuterIn.createOrder', [{ warehouse_no: 'pos', remark: '盘盈', reason: '调整' }, [{ spec_no: 'DFAQT101', num: 2 }, { spec_no: 'X2', num: 1, defect: true }], true]);
    expect(created).toEqual({ status: 0, data: { message: 'WI202401010001', status: 0 } });
    const answer = await mock.call('wms.outer.OuterIn.queryWithDetail', [{ ...TODAY, time_type: 1 }], page);
    const rows = rowsOf(answer);
    expect(rows.map((row) => row.outer_in_no)).toEqual(['WI202401010001']);
    expect(rows[0]).toMatchObject({ warehouse_no: 'pos', remark: '盘盈', reason: '调整', status: 40, created: '2024-01-01 08:00:00', modified: '2024-01-01 08:00:00' });
    expect(rows[0]!.detail_list.map((line) => [line.spec_no, line.num, line.defect])).toEqual([
      ['DFAQT101', 2, false],
      ['X2', 1, true],
    ]);
    expect(validAgainstReturns('wms.outer.OuterIn.queryWithDetail', answer.data)).toEqual([]);
  });

  it.each([
    ['the key filter', { outer_in_no: 'WI-B' }, ['WI-B']],
    ['a comma-separated status list', { ...TODAY, status: '30,10' }, ['WI-A']],
    ['the warehouse filter', { ...TODAY, warehouse_no: 'W2' }, ['WI-B']],
    ['a time window that misses', { start_time: '2023-01-01 00:00:00', end_time: '2023-01-02 00:00:00' }, []],
  ])('narrows the query by %s', async (_label, params, expected) => {
    const mock = flowMock();
    await mock.call('wms.outer.OuterIn.createOrder', [{ warehouse_no: 'W1', order_no: 'WI-A' }, [{ spec_no: 'S', num: 1 }], false]);
    await mock.call('wms.outer.OuterIn.createOrder', [{ warehouse_no: 'W2', order_no: 'WI-B' }, [{ spec_no: 'S', num: 1 }], true]);
    expect(rowsOf(await mock.call('wms.outer.OuterIn.queryWithDetail', [params], page)).map((row) => row.outer_in_no)).toEqual(expected);
  });

  it('answers a second create with the same number with the declared duplicate error', async () => {
    const mock = flowMock();
    const args = [{ warehouse_no: 'W1', order_no: 'WI-A' }, [{ spec_no: 'S', num: 1 }], false];
    expect((await mock.call('wms.outer.OuterIn.createOrder', args)).status).toBe(0);
    expect(await mock.call('wms.outer.OuterIn.createOrder', args)).toEqual({ status: 100, message: '外部单号重复!' });
  });

  it('pages the records oldest change first', async () => {
    let now = FIXED_NOW_MS;
    const mock = flowMock({ now: () => now });
    for (const no of ['WI-1', 'WI-2', 'WI-3']) {
      await mock.call('wms.outer.OuterIn.createOrder', [{ warehouse_no: 'W1', order_no: no }, [{ spec_no: 'S', num: 1 }], false]);
      now += 1000;
    }
    const pageOf = async (pageNo: number) => rowsOf(await mock.call('wms.outer.OuterIn.queryWithDetail', [TODAY], { pageSize: 2, pageNo })).map((row) => row.outer_in_no);
    expect([await pageOf(0), await pageOf(1)]).toEqual([['WI-1', 'WI-2'], ['WI-3']]);
  });

  it('cancels a 其他入库单 once: unknown and second cancels fail as declared, and the query shows 已取消', async () => {
    const mock = flowMock({ seed: { goods: [{ goods_no: 'S1', spec_list: [{ spec_no: 'S1' }] }] } });
    await mock.call('wms.stockin.Other.createOtherOrder', [{ outer_no: 'IN-1', warehouse_no: 'W1', goods_list: [{ spec_no: 'S1', num: 2 }] }]);
    expect(await mock.call('wms.stockin.Other.cancelOtherOrder', ['NEVER-EXISTED', true])).toEqual({ status: 100, message: '单据不存在' });
    expect(await mock.call('wms.stockin.Other.cancelOtherOrder', ['IN-1', true])).toEqual({ status: 0 });
    expect(await mock.call('wms.stockin.Other.cancelOtherOrder', ['IN-1', true])).toEqual({ status: 100, message: '入库单状态不为待审核或编辑中' });
    const answer = await mock.call('wms.stockin.Other.queryWithDetail', [{ stockin_no: 'IN-1' }], page);
    expect(rowsOf(answer).map((row) => [row.order_no, row.status, row.warehouse_no, row.detail_list.map((line) => [line.spec_no, line.goods_count])])).toEqual([['IN-1', 10, 'W1', [['S1', 2]]]]);
    expect(validAgainstReturns('wms.stockin.Other.queryWithDetail', answer.data)).toEqual([]);
  });

  it("starts with the documents of the specs' examples: the query example's row, and the cancel example's document, cancellable", async () => {
    const mock = flowMock();
    const seeded = rowsOf(await mock.call('wms.stockin.Other.queryWithDetail', [{ status: '80' }], page));
    expect(seeded.map((row) => [row.order_no, row.total_cost, row.created_time])).toEqual([['RK20230131126', 91.12, 1675146120000]]);
    expect(await mock.call('wms.stockin.Other.cancelOtherOrder', handlerTable['wms.stockin.Other.cancelOtherOrder']!.examples!.request!)).toEqual({ status: 0 });
  });

  it('seeds records by resource name from fixtures, and reset goes back to them', async () => {
    const mock = flowMock({ seed: { resources: { 'outer.in': [{ outer_in_no: 'WI-F', status: 30, warehouse_no: 'WF', created: '2024-01-01 01:00:00' }] } } });
    const find = async () => rowsOf(await mock.call('wms.outer.OuterIn.queryWithDetail', [{ outer_in_no: 'WI-F' }], page)).map((row) => [row.outer_in_no, row.status, row.warehouse_no]);
    expect(await find()).toEqual([['WI-F', 30, 'WF']]);
    mock.state.resources.setStatus('outer.in', 'WI-F', 10, FIXED_NOW_MS);
    mock.reset();
    expect(await find()).toEqual([['WI-F', 30, 'WF']]);
  });
});

describe('a batch declaration (each): purchase.PurchaseApply', () => {
  it('cancels every number it can; the others are rows of data as partialFailure says, and the call succeeds', async () => {
    const mock = flowMock();
    const created = await mock.call('purchase.PurchaseApply.upload', [{ purchase_apply_no: 'POA-1', is_submit: false, detail_list: [{ spec_no: 'S1', num: 2 }] }]);
    expect(created).toEqual({ status: 0, data: { message: 'POA-1', status: 0 } });
    expect(await mock.call('purchase.PurchaseApply.cancelForApi', [['POA-1', 'NEVER']])).toEqual({ status: 0, data: [{ order_no: 'NEVER', error: '采购申请单不存在' }] });
    expect(await mock.call('purchase.PurchaseApply.cancelForApi', [['POA-1']])).toEqual({ status: 0, data: [{ order_no: 'POA-1', error: '采购申请单状态不是编辑中或待确认' }] });
    const [row] = rowsOf2(await mock.call('purchase.PurchaseApply.search', [{ purchase_apply_no: 'POA-1' }], page));
    expect([row!.purchase_apply_no, row!.status]).toEqual(['POA-1', 5]);
  });

  it("succeeds for the cancel page's request example on a fresh mock (its documents seeded cancellable)", async () => {
    const mock = flowMock();
    expect(await mock.call('purchase.PurchaseApply.cancelForApi', handlerTable['purchase.PurchaseApply.cancelForApi']!.examples!.request!)).toEqual({ status: 0, data: [] });
  });
});

const rowsOf2 = (answer: { data?: unknown }) => (answer.data as { order_list: Row[] }).order_list;
