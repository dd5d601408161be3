import { describe, expect, it } from 'vitest';
import { hasPartialFailure } from './partialFailure.js';

describe('a partial failure is a success that still lists failed items', () => {
  it.each<[string, unknown, boolean]>([
    ['void', undefined, false],
    ['cancelOrder, all cancelled', { success_data: ['QR1'], error_data: [] }, false],
    ['cancelOrder, one failed', { success_data: ['QR1'], error_data: [{ order_no: 'QR2', err_msg: 'x' }] }, true],
    ['pushSelf with an error_list', { new_count: 1, chg_count: 0, error_list: [{ no: 'T1', error: 'x' }] }, true],
    ['pushSelf without errors', { new_count: 1, chg_count: 0, error_list: [] }, false],
    ['RawPayment.push rows with errors', [{ order_no: 'A', error: 'x' }], true],
    ['a query result', { total_count: 1, order: [{ order_no: 'A' }] }, false],
    ['pending with an error_info', { error_info: [{ order_no: 'CG1', message: '采购单号不存在' }], status: 0 }, true],
    ['pending without errors', { error_info: [], status: 0 }, false],
    ['cancelForApi with no failures', [], false],
  ])('%s', (_label, data, expected) => expect(hasPartialFailure(data)).toBe(expected));
});
