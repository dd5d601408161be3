import { describe, expect, it } from 'vitest';
import { InProcessRateLimiter } from './InProcessRateLimiter.js';
import { bucketsOf, checkRateLimits, type WdtRateLimits } from './WdtRateBudget.js';
import type { WdtRateLimitLease } from './WdtRateLimiter.js';

const request = (method = "m", signal: AbortSignal | undefined = undefined) => ({ sid: "s", method, attempt: 1, signal, timeoutMs: 30_000 });

/** Starts acquire calls and tells which have been granted so far (in the order asked). */
function contenders(limiter: InProcessRateLimiter, methods: string[]) {
  const leases: (WdtRateLimitLease | undefined)[] = methods.map(() => undefined);
  const done = methods.map((method, i) => limiter.acquire(request(method)).then((lease) => (leases[i] = lease)));
  return { leases, granted: () => leases.map((lease) => lease !== undefined), done };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('bucketsOf: which budgets a call counts against', () => {
  const limits: WdtRateLimits = {
    budgets: [
      { perMinute: 600 },
      { per: 'method', perMinute: 60, concurrency: 5 },
      { methods: ['wms.StockSpec.search', 'wms.StockSpec.queryWithWarehouse'], group: 'stock', concurrency: 2 },
      { per: 'method', methods: ['sales.RawTrade.pushSelf2'], perMinute: 10 },
      {},
    ],
  };
  it.each([
    ['sales.TradeQuery.queryWithDetail', ['s|*', 's|m:sales.TradeQuery.queryWithDetail']],
    ['wms.StockSpec.search', ['s|*', 's|m:wms.StockSpec.search', 's|g:stock']],
    ['sales.RawTrade.pushSelf2', ['s|*', 's|m:sales.RawTrade.pushSelf2', 's|m:sales.RawTrade.pushSelf2']],
  ])('%s → %j', (method, keys) => {
    expect(bucketsOf(limits, 's', method).map((bucket) => bucket.key)).toEqual(keys);
  });

  it('keys every bucket by sid', () => {
    expect(bucketsOf({ budgets: [{ perMinute: 1 }] }, 'other', 'x')).toEqual([{ key: 'other|*', perMinute: 1, concurrency: undefined }]);
  });

  it.each([
    [{ budgets: [{ perMinute: 0 }] }, 'budgets[0].perMinute must be a positive whole number'],
    [{ budgets: [{ concurrency: 1.5 }] }, 'budgets[0].concurrency must be a positive whole number'],
    [{ budgets: [{ per: 'sid' }] }, "budgets[0].per must be 'account' or 'method'"],
    [{ budgets: [{ methods: [] }] }, 'budgets[0].methods must be a non-empty list of method names'],
    [{ budgets: [], windowMs: 0 }, 'windowMs must be a positive whole number of ms'],
    [{}, 'rate limits need a budgets array'],
  ])('refuses %j', (limits, message) => {
    expect(() => checkRateLimits(limits as WdtRateLimits)).toThrow(new TypeError(message));
  });
});

describe('InProcessRateLimiter', () => {
  it('with no budget that covers the call, grants at once', async () => {
    const limiter = new InProcessRateLimiter({ budgets: [{ methods: ['other'], concurrency: 1 }] });
    const all = await Promise.all(Array.from({ length: 100 }, () => limiter.acquire(request())));
    expect(all).toHaveLength(100);
  });

  it('lets `concurrency` calls hold a slot; a release lets the next waiter in, first come first served', async () => {
    const limiter = new InProcessRateLimiter({ budgets: [{ concurrency: 2 }] });
    const race = contenders(limiter, ['a', 'b', 'c', 'd']);
    await tick();
    expect(race.granted()).toEqual([true, true, false, false]);
    race.leases[1]!.release();
    race.leases[1]!.release(); // a second release of the same lease gives nothing back
    await tick();
    expect(race.granted()).toEqual([true, true, true, false]);
    race.leases[0]!.release();
    await Promise.all(race.done);
  });

  it('counts per method where the budget says so, and per sid always', async () => {
    const limiter = new InProcessRateLimiter({ budgets: [{ per: 'method', concurrency: 1 }] });
    const race = contenders(limiter, ['a', 'b', 'a']);
    const otherSid = limiter.acquire({ ...request('a'), sid: 't' });
    await tick();
    expect(race.granted()).toEqual([true, true, false]);
    await expect(otherSid).resolves.toBeDefined();
  });

  it('lets perMinute calls start in a window; the next starts one window after a finished call ended', async () => {
    let now = 0;
    const limiter = new InProcessRateLimiter({ budgets: [{ perMinute: 2 }], windowMs: 40, now: () => now });
    const race = contenders(limiter, ['a', 'b', 'c']);
    await tick();
    expect(race.granted()).toEqual([true, true, false]);
    now = 10;
    race.leases[0]!.release(); // ends at 10: counts until 50
    await tick();
    expect(race.granted()).toEqual([true, true, false]);
    now = 50;
    await Promise.all(race.done); // the timer set for 50 lets the third in
    expect(race.granted()).toEqual([true, true, true]);
  });

  it('a call in flight keeps counting in the window however long it runs', async () => {
    let now = 0;
    const limiter = new InProcessRateLimiter({ budgets: [{ perMinute: 1 }], windowMs: 10, now: () => now });
    const first = await limiter.acquire(request());
    now = 1000;
    const second = limiter.acquire(request());
    await new Promise((resolve) => setTimeout(resolve, 30));
    let granted = false;
    void second.then(() => (granted = true));
    await tick();
    expect(granted).toBe(false);
    first.release();
    now = 1010;
    await expect(second).resolves.toBeDefined();
  });

  it('a waiter whose signal fires leaves the queue (never sent: WdtTransportError abort), and takes no slot', async () => {
    const limiter = new InProcessRateLimiter({ budgets: [{ concurrency: 1 }] });
    const held = await limiter.acquire(request());
    const stop = new AbortController();
    const waiting = limiter.acquire(request('m', stop.signal));
    stop.abort(new Error('gave up'));
    await expect(waiting).rejects.toMatchObject({ name: 'WdtTransportError', reason: 'abort', outcomeUnknown: false });
    const next = limiter.acquire(request());
    held.release();
    await expect(next).resolves.toBeDefined();
    await expect(limiter.acquire(request('m', stop.signal))).rejects.toMatchObject({ reason: 'abort' });
  });

  it('the attempt\'s timeout ends a wait: WdtTransportError timeout, and the slot stays free for the next', async () => {
    const limiter = new InProcessRateLimiter({ budgets: [{ concurrency: 1 }] });
    const held = await limiter.acquire(request());
    await expect(limiter.acquire({ ...request(), timeoutMs: 20 })).rejects.toMatchObject({ reason: 'timeout', message: 'm: no rate-limit slot within 20 ms' });
    held.release();
    await expect(limiter.acquire(request())).resolves.toBeDefined();
  });

  it('needs a slot in every bucket of a call: account and method budgets together', async () => {
    const limiter = new InProcessRateLimiter({ budgets: [{ concurrency: 2 }, { per: 'method', concurrency: 1 }] });
    const race = contenders(limiter, ['a', 'a', 'b', 'c']);
    await tick();
    expect(race.granted()).toEqual([true, false, true, false]);
    race.leases[0]!.release();
    await tick();
    expect(race.granted()).toEqual([true, true, true, false]);
    race.leases[1]!.release();
    race.leases[2]!.release();
    await Promise.all(race.done);
  });
});
