import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import { RATE_LIMIT_MESSAGES } from '../faults/MockFault.js';
import { envelopeOf, FIXED_NOW_MS } from '../testing/callMock.js';
import { CallQuota } from './CallQuota.js';

const minute = 60_000;

describe('CallQuota: per minute, per sid and method', () => {
  it('allows perMinute calls of a sid and method in a minute of the clock, then refuses until the next minute', () => {
    const quota = new CallQuota({ perMinute: 2 });
    const at = (ms: number) => quota.take('s', 'm', FIXED_NOW_MS + ms) ?? 'ok';
    expect([at(0), at(1), at(2), at(59_999), at(minute), at(minute + 1), at(minute + 2)]).toEqual(['ok', 'ok', 'frequency', 'frequency', 'ok', 'ok', 'frequency']);
  });

  it('counts each sid and each method apart', () => {
    const quota = new CallQuota({ perMinute: 1 });
    expect([quota.take('s', 'a', 0), quota.take('s', 'b', 0), quota.take('t', 'a', 0), quota.take('s', 'a', 0)]).toEqual([undefined, undefined, undefined, 'frequency']);
  });

  it('windows of windowMs, for tests that cannot wait a minute', () => {
    const quota = new CallQuota({ perMinute: 1, windowMs: 2000 });
    const at = (ms: number) => quota.take('s', 'm', ms) ?? 'ok';
    expect([at(0), at(1999), at(2000), at(3999), at(4000)]).toEqual(['ok', 'frequency', 'ok', 'frequency', 'ok']);
  });

  it('allows `concurrency` calls to run at once: a call runs until its reply is due', () => {
    const quota = new CallQuota({ concurrency: 2 });
    const at = (ms: number, runMs: number) => quota.take('s', 'm', ms, runMs) ?? 'ok';
    // Two 100 ms calls at 0 and 10; a third at 50 is refused; at 100 the first has ended.
    expect([at(0, 100), at(10, 100), at(50, 100), at(100, 100), at(105, 0), at(110, 0), at(200, 0)]).toEqual(['ok', 'ok', 'concurrency', 'ok', 'concurrency', 'ok', 'ok']);
  });

  it('refuses for concurrency before counting the window: a refused call takes nothing', () => {
    const quota = new CallQuota({ perMinute: 2, concurrency: 1 });
    const at = (ms: number, runMs: number) => quota.take('s', 'm', ms, runMs) ?? 'ok';
    expect([at(0, 100), at(50, 0), at(100, 0), at(101, 0)]).toEqual(['ok', 'concurrency', 'ok', 'frequency']);
  });

  it.each([{ perMinute: 0 }, { perMinute: -1 }, { perMinute: 1.5 }, { concurrency: 0 }, { perMinute: 1, windowMs: 0 }, {}])('refuses %j', (rateLimit) => {
    expect(() => new CallQuota(rateLimit)).toThrow(TypeError);
  });
});

describe('a mock with rateLimit', () => {
  const cancel = (no: string) => ({ method: 'wms.stockin.PreStockin.cancel', args: [no] });
  const refused = { status: 100, message: RATE_LIMIT_MESSAGES.frequency };

  it('answers the documented status-100 rate-limit message beyond the quota, without running the call', async () => {
    let now = FIXED_NOW_MS;
    const mock = createMockFetch({ now: () => now, rateLimit: { perMinute: 1 } });
    expect(await envelopeOf(mock, { ...cancel('RK2004210014'), clientNowMs: now })).toEqual({ status: 0 });
    expect(await envelopeOf(mock, { ...cancel('RK2004210015'), clientNowMs: now })).toEqual(refused);
    expect(mock.state.resources.get('stockin.pre', 'RK2004210015')?.status).toBe(30); // 待审核
    // Another method has its own quota; the next minute brings a fresh one.
    expect(await envelopeOf(mock, { method: 'system.Core.now', args: [], clientNowMs: now })).toEqual({ status: 0, data: now });
    now += minute;
    expect(await envelopeOf(mock, { ...cancel('RK2004210015'), clientNowMs: now })).toEqual({ status: 0 });
  });

  it('is spent by verified calls only: strangers and unknown methods cannot use up a sid\'s quota', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, rateLimit: { perMinute: 1 } });
    for (let i = 0; i < 5; i++) {
      await envelopeOf(mock, { method: 'system.Core.now', args: [], tamper: (q) => q.set('sign', '0'.repeat(32)) });
      await envelopeOf(mock, { method: 'system.Core.unknown', args: [] });
    }
    expect(await envelopeOf(mock, { method: 'system.Core.now', args: [] })).toEqual({ status: 0, data: FIXED_NOW_MS });
    expect(await envelopeOf(mock, { method: 'system.Core.now', args: [] })).toEqual(refused);
  });

  it('answers the concurrency message when too many calls of a sid and method run at once', async () => {
    let now = FIXED_NOW_MS;
    const mock = createMockFetch({ now: () => now, rateLimit: { concurrency: 1 }, faults: [{ fault: { type: 'latency', ms: 1 } }] });
    const running = envelopeOf(mock, { method: 'system.Core.now', args: [], clientNowMs: now });
    expect(await envelopeOf(mock, { method: 'system.Core.now', args: [], clientNowMs: now })).toEqual({ status: 100, message: RATE_LIMIT_MESSAGES.concurrency });
    await running;
    now += 1;
    expect(await envelopeOf(mock, { method: 'system.Core.now', args: [], clientNowMs: now })).toEqual({ status: 0, data: now });
  });

  it('starts over on reset()', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, rateLimit: { perMinute: 1 } });
    await envelopeOf(mock, { method: 'system.Core.now', args: [] });
    mock.reset();
    expect(await envelopeOf(mock, { method: 'system.Core.now', args: [] })).toEqual({ status: 0, data: FIXED_NOW_MS });
  });
});
