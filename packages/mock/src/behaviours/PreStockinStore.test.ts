import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import { handlerTable } from '../generated/handlers.js';
import { envelopeOf, FIXED_NOW_MS } from '../testing/callMock.js';
import { PRE_STOCKIN_NOT_CANCELLABLE, PreStockinStore, type PreStockinStatus } from './PreStockinStore.js';

const cancelCall = (no: string) => ({ method: 'wms.stockin.PreStockin.cancel', args: [no] });

describe('PreStockinStore: a pre-stockin order can be cancelled only from 编辑中 or 待审核', () => {
  it.each<[PreStockinStatus, PreStockinStatus | 'refused']>([
    ['编辑中', '已取消'],
    ['待审核', '已取消'],
    ['已取消', 'refused'],
    ['已完成', 'refused'],
  ])('from %s: %s', (status, outcome) => {
    const store = new PreStockinStore([{ pre_stockin_no: 'RK1', status }]);
    const result = store.cancel('RK1');
    expect(result).toEqual(outcome === 'refused' ? { cancelled: false, reason: PRE_STOCKIN_NOT_CANCELLABLE } : { cancelled: true });
    expect(store.get('RK1')?.status).toBe(outcome === 'refused' ? status : outcome);
  });

  it('refuses a number it does not have with 单据不存在', () => {
    expect(new PreStockinStore([]).cancel('RK404')).toEqual({ cancelled: false, reason: '单据不存在' });
  });

  it("words the refusal exactly as the spec's documented error, trailing space included", () => {
    expect(handlerTable['wms.stockin.PreStockin.cancel']!.errors).toContainEqual(expect.objectContaining({ status: 100, message: PRE_STOCKIN_NOT_CANCELLABLE }));
  });

  it('hands out copies: changing one does not change the store', () => {
    const store = new PreStockinStore([{ pre_stockin_no: 'RK1', status: '编辑中' }]);
    const copy = store.get('RK1')!;
    copy.status = '已完成';
    expect(store.get('RK1')?.status).toBe('编辑中');
  });
});

describe('wms.stockin.PreStockin.cancel on the wire', () => {
  it('cancels RK2004210014 once; the second time is the documented error', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    expect(await envelopeOf(mock, cancelCall('RK2004210014'))).toEqual({ status: 0 });
    expect(mock.state.preStockins.get('RK2004210014')?.status).toBe('已取消');
    expect(await envelopeOf(mock, cancelCall('RK2004210014'))).toEqual({ status: 100, message: '入库单状态不为待审核或编辑中 ' });
  });

  it.each([
    ['a completed order', 'RK2004210016', '入库单状态不为待审核或编辑中 '],
    ['an order that does not exist', 'RK404', '单据不存在'],
  ])('refuses %s with status 100', async (_label, no, message) => {
    expect(await envelopeOf(createMockFetch({ now: () => FIXED_NOW_MS }), cancelCall(no))).toEqual({ status: 100, message });
  });

  it('works on the documents a test seeds, and on ones it adds later', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, seed: { preStockins: [{ pre_stockin_no: 'RK9', status: '待审核' }] } });
    expect(mock.state.preStockins.get('RK2004210014')).toBeUndefined();
    expect(await envelopeOf(mock, cancelCall('RK9'))).toEqual({ status: 0 });
    mock.state.preStockins.put({ pre_stockin_no: 'RK10', status: '编辑中' });
    expect(await envelopeOf(mock, cancelCall('RK10'))).toEqual({ status: 0 });
  });
});
