import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import { handlerTable } from '../generated/handlers.js';
import { envelopeOf, FIXED_NOW_MS } from '../testing/callMock.js';
import { OTHER_STOCKIN_NOT_CANCELLABLE, OtherStockinStore, type OtherStockinOrder, type OtherStockinStatus } from './OtherStockinStore.js';

const NOT_CANCELLABLE = '单据状态不是编辑中、待审核、已审核，不允许取消';
const cancelOrders = (...orderNos: string[]) => ({ method: 'wms.stockother.In.cancelOrder', args: [orderNos] });

describe('OtherStockinStore: a document can be cancelled from 编辑中, 待审核 or 已审核', () => {
  it.each<[OtherStockinStatus, boolean]>([
    ['编辑中', true],
    ['待审核', true],
    ['已审核', true],
    ['已推送wms', false],
    ['部分入库', false],
    ['待结算', false],
    ['已完成', false],
    ['已取消', false],
  ])('from %s: %s', (status, cancellable) => {
    const store = new OtherStockinStore([{ order_no: 'QR1', status }]);
    expect(store.cancel('QR1')).toEqual(cancellable ? { cancelled: true } : { cancelled: false, reason: NOT_CANCELLABLE });
    expect(store.get('QR1')?.status).toBe(cancellable ? '已取消' : status);
  });

  it("words the refusal exactly as the page's example", () => {
    const example = handlerTable['wms.stockother.In.cancelOrder']!.examples!.response as { data: { error_data: { err_msg: string }[] } };
    expect(example.data.error_data[0]!.err_msg).toBe(OTHER_STOCKIN_NOT_CANCELLABLE);
  });
});

describe('OtherStockinStore: the original number also cancels its -1 document', () => {
  it.each<[OtherStockinStatus, OtherStockinStatus]>([
    ['待审核', '已取消'],
    ['已推送wms', '已取消'],
    ['已完成', '已完成'],
    ['部分入库', '部分入库'],
  ])('a -1 document in %s ends %s', (linkedStatus, after) => {
    const store = new OtherStockinStore([
      { order_no: 'QR1', status: '已审核' },
      { order_no: 'QR1-1', status: linkedStatus },
    ]);
    expect(store.cancel('QR1')).toEqual({ cancelled: true });
    expect(store.list()).toEqual<OtherStockinOrder[]>([
      { order_no: 'QR1', status: '已取消' },
      { order_no: 'QR1-1', status: after },
    ]);
  });

  it('leaves the -1 document alone when the original cannot be cancelled', () => {
    const store = new OtherStockinStore([
      { order_no: 'QR1', status: '已完成' },
      { order_no: 'QR1-1', status: '待审核' },
    ]);
    expect(store.cancel('QR1').cancelled).toBe(false);
    expect(store.get('QR1-1')?.status).toBe('待审核');
  });

  it('does not touch -10 or -2 documents', () => {
    const store = new OtherStockinStore([
      { order_no: 'QR1', status: '编辑中' },
      { order_no: 'QR1-10', status: '待审核' },
      { order_no: 'QR1-2', status: '待审核' },
    ]);
    store.cancel('QR1');
    expect(store.get('QR1-10')?.status).toBe('待审核');
    expect(store.get('QR1-2')?.status).toBe('待审核');
  });
});

describe('wms.stockother.In.cancelOrder on the wire: each number on its own, status 0', () => {
  it("cancels QR3796 (with QR3796-1) and QR3795, and reports QR3797 in error_data, as on the page", async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    expect(await envelopeOf(mock, cancelOrders('QR3796', 'QR3795', 'QR3797'))).toEqual({
      status: 0,
      data: { success_data: ['QR3796', 'QR3795'], error_data: [{ order_no: 'QR3797', err_msg: NOT_CANCELLABLE }] },
    });
    expect(mock.state.otherStockins.get('QR3796-1')?.status).toBe('已取消');
  });

  it('reports every number of a second cancel in error_data', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    await envelopeOf(mock, cancelOrders('QR3796', 'QR3795'));
    expect(await envelopeOf(mock, cancelOrders('QR3796', 'QR3795'))).toEqual({
      status: 0,
      data: {
        success_data: [],
        error_data: [
          { order_no: 'QR3796', err_msg: NOT_CANCELLABLE },
          { order_no: 'QR3795', err_msg: NOT_CANCELLABLE },
        ],
      },
    });
  });

  it('processes a number given twice in one call twice', async () => {
    const answer = await envelopeOf(createMockFetch({ now: () => FIXED_NOW_MS }), cancelOrders('QR3798', 'QR3798'));
    expect(answer.data).toEqual({ success_data: ['QR3798'], error_data: [{ order_no: 'QR3798', err_msg: NOT_CANCELLABLE }] });
  });

  it('reports a number it does not have as 单据不存在', async () => {
    const answer = await envelopeOf(createMockFetch({ now: () => FIXED_NOW_MS }), cancelOrders('QR404'));
    expect(answer.data).toEqual({ success_data: [], error_data: [{ order_no: 'QR404', err_msg: '单据不存在' }] });
  });

  it('answers an empty list with empty lists', async () => {
    expect(await envelopeOf(createMockFetch({ now: () => FIXED_NOW_MS }), cancelOrders())).toEqual({ status: 0, data: { success_data: [], error_data: [] } });
  });
});
