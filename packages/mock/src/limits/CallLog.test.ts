import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import type { MockCall } from '../MockCall.js';
import { envelopeOf, FIXED_NOW_MS } from '../testing/callMock.js';
import { CallLog, DEFAULT_MAX_CALLS } from './CallLog.js';

const call = (n: number): MockCall => ({ time: n, sid: 's', method: `m${n}` });
const times = (log: CallLog) => log.list().map((c) => c.time);

describe('CallLog: a ring of the latest calls', () => {
  it.each<[number, number, number[]]>([
    [3, 2, [0, 1]],
    [3, 3, [0, 1, 2]],
    [3, 4, [1, 2, 3]],
    [3, 10, [7, 8, 9]],
    [1, 5, [4]],
    [0, 5, []],
  ])('capacity %i after %i calls keeps %j, oldest first', (capacity, pushed, kept) => {
    const log = new CallLog(capacity);
    for (let n = 0; n < pushed; n++) log.push(call(n));
    expect(times(log)).toEqual(kept);
  });

  it('hands out the same list until a call is added, then a new one', () => {
    const log = new CallLog(2);
    log.push(call(0));
    const first = log.list();
    expect(log.list()).toBe(first);
    log.push(call(1));
    expect(log.list()).not.toBe(first);
    expect(first.map((c) => c.time)).toEqual([0]);
  });

  it('clear() empties it', () => {
    const log = new CallLog(2);
    log.push(call(0));
    log.clear();
    log.push(call(1));
    expect(times(log)).toEqual([1]);
  });

  it.each([-1, 1.5, Number.NaN])('refuses capacity %d', (capacity) => {
    expect(() => new CallLog(capacity)).toThrow(TypeError);
  });

  it('keeps 10 000 by default', () => {
    expect(DEFAULT_MAX_CALLS).toBe(10_000);
  });
});

// Regression: the call log grew without bound (20 000 unsigned requests: +330 MB).
describe('a mock keeps its latest maxCalls calls', () => {
  it('drops the oldest beyond maxCalls, unsigned calls included', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, maxCalls: 3 });
    for (const n of [1, 2, 3, 4, 5]) await envelopeOf(mock, { method: 'wms.stockin.PreStockin.cancel', args: [`RK${n}`], tamper: (q) => n % 2 === 0 && q.delete('sign') });
    expect(mock.calls.map((c) => c.method === 'wms.stockin.PreStockin.cancel' && (c.args?.[0] ?? 'unsigned'))).toEqual(['RK3', 'unsigned', 'RK5']);
    mock.reset();
    expect(mock.calls).toEqual([]);
  });
});
