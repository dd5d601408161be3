import { findItemErrors, type PartialFailureSpec } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import { itemErrorsAnswer } from './itemErrorsAnswer.js';

const specWith = (partialFailure: PartialFailureSpec | undefined): MockMethodSpec => ({
  method: 'demo.Order.cancel',
  title: '取消',
  idempotent: false,
  paged: false,
  args: [],
  returns: null,
  ...(partialFailure ? { partialFailure } : {}),
  itemErrors: [{ message: '状态不允许' }],
});

// Whatever the shape, the client's reader finds exactly the failure the mock wrote.
describe('the itemErrors fault answers with a failed item where the spec says', () => {
  it.each<[string, PartialFailureSpec, { item?: string; message: string }[]]>([
    ['rows under data', { at: 'data.error_data', shape: 'list', key: 'order_no', message: 'err_msg' }, [{ item: 'QR1', message: '状态不允许' }]],
    ['message strings as data', { at: 'data', shape: 'list' }, [{ message: '状态不允许' }]],
    ['a map beside data', { at: 'envelope.error_info', shape: 'map' }, [{ item: 'QR1', message: '状态不允许' }]],
    ['a status flag', { at: 'data', shape: 'flag', message: 'message', flag: { field: 'status', in: [20] } }, [{ message: '状态不允许' }]],
    ['a message other than OK', { at: 'data', shape: 'flag', message: 'message', flag: { field: 'message', notIn: ['OK'] } }, [{ message: '状态不允许' }]],
    ['a nested list', { at: 'data.result.errors', shape: 'list', key: 'no', message: 'error' }, [{ item: 'QR1', message: '状态不允许' }]],
  ])('%s', (_label, locator, expected) => {
    const envelope = itemErrorsAnswer(specWith(locator), [['QR1', 'QR2']])!;
    expect(envelope.status).toBe(0);
    expect(findItemErrors(locator, envelope as unknown as Record<string, unknown>).map(({ item, message }) => ({ ...(item ? { item } : {}), message }))).toEqual(expected);
  });

  it('has nothing to say for a method without per-item failures', () => {
    expect(itemErrorsAnswer(specWith(undefined), ['QR1'])).toBeUndefined();
  });
});
