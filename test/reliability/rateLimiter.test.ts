// The client's rate-limit seam against a mock that enforces quotas: with an in-process limiter the
// calls of one process stay within the per-minute and concurrency budgets (no status 100 reaches the
// mock), waiting shows in onAttempt and the log, and the caller's signal and timeout end a wait.
import { describe, expect, it } from 'vitest';
import { consoleLogger, createRateLimiter, WdtClient, WdtTransportError, type WdtCallEvent, type WdtLogger } from '../../packages/client/dist/index.js';
import { createMockFetch } from '../../packages/mock/dist/index.js';
import { mockAccount } from '../support/repoRoot.js';

const METHOD = 'system.Core.now';
const QUOTA = { perMinute: 4, concurrency: 2, windowMs: 300 };

/** A mock whose calls take 20 ms, with a small quota per sid and method. */
const quotaMock = () => createMockFetch({ rateLimit: QUOTA, faults: [{ fault: { type: 'latency', ms: 20 } }] });
const refusals = (mock: ReturnType<typeof quotaMock>) => mock.calls.filter((call) => call.status === 100).length;

describe('a client with a rateLimiter', () => {
  it('keeps a burst of calls within the mock\'s quota: every call succeeds, none is refused, some waited', async () => {
    const mock = quotaMock();
    const events: WdtCallEvent[] = [];
    const rateLimiter = createRateLimiter({ budgets: [{ per: 'method', perMinute: QUOTA.perMinute, concurrency: QUOTA.concurrency }], windowMs: QUOTA.windowMs });
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, maxRetries: 0, rateLimiter, onAttempt: (event) => events.push(event) });
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => wdt.call(METHOD, [])));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(10);
    expect(refusals(mock)).toBe(0);
    expect(events).toHaveLength(10);
    expect(events.every((event) => typeof event.waitedMs === 'number')).toBe(true);
    // 10 calls at 4 a window: the last ones waited at least one window.
    expect(Math.max(...events.map((event) => event.waitedMs!))).toBeGreaterThanOrEqual(QUOTA.windowMs);
  });

  it('without it, the same burst trips the quota', async () => {
    const mock = quotaMock();
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, maxRetries: 0 });
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => wdt.call(METHOD, [])));
    expect(refusals(mock)).toBeGreaterThanOrEqual(6);
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(refusals(mock));
  });

  it('is shared by withOptions clones', async () => {
    const mock = quotaMock();
    const rateLimiter = createRateLimiter({ budgets: [{ concurrency: 1 }] });
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, maxRetries: 0, rateLimiter });
    const clones = [wdt, wdt.withOptions({ timeoutMs: 5000 }), wdt.withOptions({ validate: false })];
    await Promise.all(clones.map((client) => client.call(METHOD, [])));
    // One at a time: no call started before the previous one's 20 ms were over.
    const times = mock.calls.map((call) => call.time).sort((a, b) => a - b);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(19);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(19);
  });

  it('logs how long an attempt waited, at debug', async () => {
    const mock = quotaMock();
    const lines: Record<string, unknown>[] = [];
    const line = (_message: string, fields?: Record<string, unknown>) => void lines.push(fields ?? {});
    const logger: WdtLogger = { debug: line, info: line, warn: line, error: line };
    const rateLimiter = createRateLimiter({ budgets: [{ concurrency: 1 }] });
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, rateLimiter, logger: consoleLogger('debug', logger) });
    await Promise.all([wdt.call(METHOD, []), wdt.call(METHOD, [])]);
    expect(lines).toHaveLength(2);
    // The second waited for the first (20 ms).
    expect(Math.max(...lines.map((fields) => fields.waitedMs as number))).toBeGreaterThanOrEqual(15);
  });

  it('the caller\'s signal ends a wait: aborted, never sent', async () => {
    const mock = quotaMock();
    const rateLimiter = createRateLimiter({ budgets: [{ concurrency: 1 }] });
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, rateLimiter, maxRetries: 0 });
    const stop = new AbortController();
    const first = wdt.call(METHOD, []);
    const second = wdt.call(METHOD, [], { signal: stop.signal });
    stop.abort();
    const error = await second.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtTransportError);
    expect(error).toMatchObject({ reason: 'abort', outcomeUnknown: false });
    await first;
    expect(mock.calls).toHaveLength(1);
  });

  it('the attempt\'s timeout bounds a wait: timeout, never sent', async () => {
    const mock = createMockFetch({ faults: [{ fault: { type: 'latency', ms: 400 } }] });
    const rateLimiter = createRateLimiter({ budgets: [{ concurrency: 1 }] });
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, rateLimiter, maxRetries: 0 });
    const first = wdt.call(METHOD, []);
    const error = await wdt.call(METHOD, [], { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtTransportError);
    expect(error).toMatchObject({ reason: 'timeout', outcomeUnknown: false, message: `${METHOD}: no rate-limit slot within 100 ms` });
    await first;
    expect(mock.calls).toHaveLength(1);
  });

  it('a limiter that fails fails the call with its own error, which is not retried', async () => {
    const mock = quotaMock();
    const down = new Error('limiter store unreachable');
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, sleep: async () => {}, rateLimiter: { acquire: () => Promise.reject(down) } });
    await expect(wdt.call(METHOD, [])).rejects.toBe(down);
    expect(mock.calls).toHaveLength(0);
  });
});
