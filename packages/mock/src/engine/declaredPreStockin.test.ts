import { validateValue } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { handlerTable } from '../generated/handlers.js';
import { flowMock } from '../testing/flowMock.js';

// The 退货预入库单 (wms.stockin.PreStockin.*) as declared in its specs: createExt files it, search
// finds it, cancel moves it to 已取消 from 编辑中 or 待审核 only, with the page's error otherwise.
// Statuses: the enum of PreStockin.search (10 已取消, 20 编辑中, 30 待审核, 80 已完成).
const CANCEL = 'wms.stockin.PreStockin.cancel';
const NOT_CANCELLABLE = { status: 100, message: '入库单状态不为待审核或编辑中 ' };
const TODAY_BY_CHANGE = { mt_from: '2024-01-01 00:00:00', mt_to: '2024-01-02 00:00:00' };
const page = { pageSize: 50, pageNo: 0, calcTotal: true };
const ordersOf = (data: unknown) => (data as { order: Record<string, unknown>[] }).order;

describe('wms.stockin.PreStockin.cancel', () => {
  it.each([
    ['编辑中', 20, { status: 0 }, 10],
    ['待审核', 30, { status: 0 }, 10],
    ['已取消', 10, NOT_CANCELLABLE, 10],
    ['已完成', 80, NOT_CANCELLABLE, 80],
  ])('from %s: answers as the page says and leaves the status it should', async (_label, status, answer, after) => {
    const mock = flowMock({ seed: { resources: { 'stockin.pre': [{ stockin_no: 'RK1', status }] } } });
    expect(await mock.call(CANCEL, ['RK1'])).toEqual(answer);
    expect(mock.state.resources.get('stockin.pre', 'RK1')?.status).toBe(after);
  });

  it("words the refusal exactly as the spec's documented error, trailing space included", () => {
    expect(handlerTable[CANCEL]!.errors).toContainEqual(expect.objectContaining(NOT_CANCELLABLE));
  });

  it('cancels the request example RK2004210014 once; the second time is the documented error', async () => {
    const mock = flowMock();
    expect(await mock.call(CANCEL, ['RK2004210014'])).toEqual({ status: 0 });
    expect(mock.state.resources.get('stockin.pre', 'RK2004210014')?.status).toBe(10);
    expect(await mock.call(CANCEL, ['RK2004210014'])).toEqual(NOT_CANCELLABLE);
  });

  it.each([
    ['a completed order', 'RK2004210016', NOT_CANCELLABLE],
    ['an order that does not exist', 'RK404', { status: 100, message: '单据不存在' }],
  ])('refuses %s with status 100', async (_label, no, answer) => {
    expect(await flowMock().call(CANCEL, [no])).toEqual(answer);
  });

  it('works on records a test adds to the store later', async () => {
    const mock = flowMock();
    mock.state.resources.put('stockin.pre', { key: 'RK10', fields: {}, status: 20 });
    expect(await mock.call(CANCEL, ['RK10'])).toEqual({ status: 0 });
  });
});

describe('wms.stockin.PreStockin.createExt and search', () => {
  it('files a pushed document (numbered RK… when stockin_no is left out) that search finds and cancel cancels', async () => {
    const mock = flowMock();
    const created = await mock.call('wms.stockin.PreStockin.createExt', handlerTable['wms.stockin.PreStockin.createExt']!.examples!.request!);
    expect(created).toEqual({ status: 0, data: 2724 });
    const search = async () => mock.call('wms.stockin.PreStockin.search', [{ ...TODAY_BY_CHANGE, warehouse_no: 'lz' }], page);
    const found = await search();
    expect(found.status).toBe(0);
    expect(validateValue(found.data, handlerTable['wms.stockin.PreStockin.search']!.returns!, 'data')).toEqual([]);
    const [order] = ordersOf(found.data);
    expect(ordersOf(found.data)).toHaveLength(1);
    expect(order).toMatchObject({ stockin_no: 'RK202401010001', warehouse_no: 'lz', remark: 'test', status: 20 });
    expect((order!.detail_list as Record<string, unknown>[]).map(({ spec_no, num, defect }) => ({ spec_no, num, defect }))).toEqual([
      { spec_no: 'lz11', num: expect.anything(), defect: false },
      { spec_no: 'lz12', num: expect.anything(), defect: false },
    ]);
    expect(await mock.call(CANCEL, ['RK202401010001'])).toEqual({ status: 0 });
    expect(ordersOf((await search()).data)).toEqual([expect.objectContaining({ stockin_no: 'RK202401010001', status: 10 })]);
  });

  it('refuses a stockin_no already used', async () => {
    const mock = flowMock();
    const args = [{ warehouse_no: 'lz', remark: '', stockin_no: 'RK2004210015' }, [{ spec_no: 'lz11', remark: '', num: 1, defect: false }]];
    expect(await mock.call('wms.stockin.PreStockin.createExt', args)).toEqual({ status: 100, message: '此外部单已使用!' });
  });

  it.each([
    ['status', { status: 30 }, ['RK2004210015']],
    ['stockin_no', { stockin_no: 'RK2004210016' }, ['RK2004210016']],
  ])('filters the seeded documents by %s', async (_label, filter, numbers) => {
    const found = await flowMock().call('wms.stockin.PreStockin.search', [{ ...TODAY_BY_CHANGE, ...filter }], page);
    expect(ordersOf(found.data).map((order) => order.stockin_no).sort()).toEqual(numbers);
  });
});
