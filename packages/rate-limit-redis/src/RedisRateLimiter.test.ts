// The Redis limiter against a real redis-server: several limiters (each with its own connection, as
// separate processes have) share one budget atomically; a lease never given back expires; an
// unreachable Redis fails open with one warning or closed with a typed error.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WdtRateLimitLease } from '@wdt-kit/client/bare';
import { hasRedisServer, startRedisServer } from '../../../test/support/redisServer.mjs';
import { RateLimiterUnavailableError } from './RateLimiterUnavailableError.js';
import { RedisRateLimiter, type RedisRateLimiterOptions } from './RedisRateLimiter.js';

const request = (extra: Partial<{ signal: AbortSignal; timeoutMs: number; method: string }> = {}) => ({ sid: 'wdtapi3', method: 'm', attempt: 1, signal: undefined, timeoutMs: 5000, ...extra });

describe.skipIf(!hasRedisServer())('RedisRateLimiter on a real redis-server', () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  const limiters: RedisRateLimiter[] = [];
  let prefixes = 0;
  /** `count` limiters with their own connections and one fresh key prefix (a test's own budget). */
  const processes = (count: number, options: Omit<RedisRateLimiterOptions, 'redis'>) => {
    const keyPrefix = `t${prefixes++}:`;
    return Array.from({ length: count }, () => {
      const limiter = new RedisRateLimiter({ redis: redis.url, keyPrefix, ...options });
      limiters.push(limiter);
      return limiter;
    });
  };

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(limiters.map((limiter) => limiter.close()));
    await redis?.stop();
  });

  it('holds the concurrency budget across limiters, however many ask at once', async () => {
    const four = processes(4, { budgets: [{ concurrency: 3 }], pollMs: 5 });
    let holding = 0;
    let most = 0;
    const work = async (limiter: RedisRateLimiter) => {
      const lease = await limiter.acquire(request());
      holding++;
      most = Math.max(most, holding);
      await new Promise((resolve) => setTimeout(resolve, 10));
      holding--;
      lease.release();
    };
    await Promise.all(Array.from({ length: 24 }, (_, i) => work(four[i % 4]!)));
    expect(most).toBe(3);
  });

  it('holds the per-minute budget across limiters: the next call starts a window after the oldest ended', async () => {
    const [a, b] = processes(2, { budgets: [{ per: 'method', perMinute: 2 }], windowMs: 400 });
    const first = await a!.acquire(request());
    const second = await b!.acquire(request());
    first.release();
    second.release();
    const released = Date.now();
    const other = await b!.acquire(request({ method: 'other' })); // another method, another budget
    other.release();
    await b!.acquire(request());
    expect(Date.now() - released).toBeGreaterThanOrEqual(300);
  });

  it('takes back a slot its holder never gave back, once the attempt\'s timeout (and margin) passed', async () => {
    const [dead, alive] = processes(2, { budgets: [{ concurrency: 1 }], leaseMarginMs: 0, pollMs: 10 });
    await dead!.acquire(request({ timeoutMs: 1000 })); // never released
    const asked = Date.now();
    await alive!.acquire(request());
    expect(Date.now() - asked).toBeGreaterThanOrEqual(500);
  });

  it('ends a wait when the caller aborts: WdtTransportError abort', async () => {
    const [limiter] = processes(1, { budgets: [{ concurrency: 1 }] });
    const held = await limiter!.acquire(request());
    const stop = new AbortController();
    const waiting = limiter!.acquire(request({ signal: stop.signal }));
    setTimeout(() => stop.abort(), 30);
    await expect(waiting).rejects.toMatchObject({ name: 'WdtTransportError', reason: 'abort', outcomeUnknown: false });
    held.release();
  });

  it('when its Redis goes away, fails closed for every call until it is back (told to fail closed)', async () => {
    const own = await startRedisServer();
    const limiter = new RedisRateLimiter({ redis: own.url, budgets: [{ concurrency: 1 }], onUnavailable: 'closed', commandTimeoutMs: 300 });
    try {
      (await limiter.acquire(request())).release();
      await own.stop();
      for (let i = 0; i < 2; i++) await expect(limiter.acquire(request())).rejects.toBeInstanceOf(RateLimiterUnavailableError);
    } finally {
      await limiter.close();
      await own.stop();
    }
  });

  it('writes only keys that expire (the sid in braces, for Redis Cluster), so an idle budget leaves nothing behind', async () => {
    const [limiter] = processes(1, { budgets: [{ perMinute: 5 }, { per: 'method', concurrency: 2 }], windowMs: 1000, leaseMarginMs: 0 });
    const lease = await limiter!.acquire(request({ timeoutMs: 2000 }));
    lease.release();
    await limiter!.acquire(request({ timeoutMs: 2000 })); // the first call is now in `win`, the second in `run`
    const raw = new Redis(redis.url);
    try {
      const prefix = `t${prefixes - 1}:`;
      const keys = (await raw.keys(`${prefix}*`)).sort();
      expect(keys).toEqual([`${prefix}{wdtapi3}|*:run`, `${prefix}{wdtapi3}|*:win`, `${prefix}{wdtapi3}|m:m:run`]);
      for (const key of keys) {
        const ttl = await raw.pttl(key);
        expect(ttl, key).toBeGreaterThan(0);
        expect(ttl, key).toBeLessThanOrEqual(2000 + 1000 + 1000);
      }
    } finally {
      raw.disconnect();
    }
  });

  it('with no budget covering the call, never asks Redis', async () => {
    const [limiter] = processes(1, { budgets: [{ methods: ['x'], concurrency: 1 }] });
    const leases: WdtRateLimitLease[] = await Promise.all(Array.from({ length: 5 }, () => limiter!.acquire(request())));
    expect(leases).toHaveLength(5);
  });
});

describe('RedisRateLimiter when Redis is unreachable', () => {
  // Port 1 on loopback: nothing listens there. The password must never appear in an error or a log.
  const unreachable = 'redis://:hunter2secret@127.0.0.1:1';

  it('fails closed with a RateLimiterUnavailableError when told to (the call is not sent)', async () => {
    const limiter = new RedisRateLimiter({ redis: unreachable, budgets: [{ concurrency: 1 }], onUnavailable: 'closed', commandTimeoutMs: 200 });
    try {
      const error = await limiter.acquire(request()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimiterUnavailableError);
      expect((error as Error).message).toMatch(/^m: not sent: the shared rate limiter cannot reach Redis/);
      expect((error as Error).message).not.toContain('hunter2secret');
    } finally {
      await limiter.close();
    }
  });

  it('fails open by default: calls go on within this process\'s own budgets, with one warning', async () => {
    const warnings: string[] = [];
    const logger = { warn: (message: string, fields?: Record<string, unknown>) => void warnings.push(`${message} ${JSON.stringify(fields ?? {})}`) };
    const limiter = new RedisRateLimiter({ redis: unreachable, budgets: [{ concurrency: 1 }], commandTimeoutMs: 200, logger });
    try {
      const first = await limiter.acquire(request());
      // The local budget still holds: a second call waits for the first.
      let second = false;
      const next = limiter.acquire(request()).then((lease) => ((second = true), lease));
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(second).toBe(false);
      first.release();
      (await next).release();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/Redis is unreachable/);
      expect(warnings.join('')).not.toContain('hunter2secret');
    } finally {
      await limiter.close();
    }
  });

  it.each([[{ onUnavailable: 'maybe' }], [{ budgets: [{ perMinute: 0 }] }]])('refuses options %j', (bad) => {
    expect(() => new RedisRateLimiter({ redis: unreachable, budgets: [], ...bad } as RedisRateLimiterOptions)).toThrow(TypeError);
  });
});
