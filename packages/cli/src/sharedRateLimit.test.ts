// An operator's ad-hoc call shares the workers' budgets: `--rate-limit-redis URL` (or the profile's
// `rateLimit`) sends it through the same Redis limiter, so it waits while the workers hold the slots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, type WdtMockServer } from '@wdt-kit/mock';
import { RedisRateLimiter } from '@wdt-kit/rate-limit-redis';
import { hasRedisServer, startRedisServer } from '../../../test/support/redisServer.mjs';
import { runCli } from './main.js';
import { resolveRateLimit } from './sharedRateLimit.js';
import { testIo } from './testing/testIo.js';

const SECRET = '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210';
const budgets = [{ per: 'method' as const, concurrency: 1 }];

describe('resolveRateLimit: flag, then environment, then profile', () => {
  const profile = { rateLimit: { redis: 'redis://profile:6379', budgets: [{ perMinute: 60 }], windowMs: 1000, keyPrefix: 'p:' } };
  it.each([
    ['nothing: no limiter', {}, {}, {}, undefined],
    ['the profile', {}, {}, profile, { redis: 'redis://profile:6379', budgets: [{ perMinute: 60 }], windowMs: 1000, keyPrefix: 'p:' }],
    ['the flags over the profile', { rateLimitRedis: 'redis://flag:6379', rateBudgets: '[{"concurrency":2}]' }, {}, profile, { redis: 'redis://flag:6379', budgets: [{ concurrency: 2 }], windowMs: 1000, keyPrefix: 'p:' }],
    ['the environment', {}, { WDT_RATE_LIMIT_REDIS: 'rediss://env:6380', WDT_RATE_BUDGETS: '[{"concurrency":1}]' }, {}, { redis: 'rediss://env:6380', budgets: [{ concurrency: 1 }] }],
  ])('%s', (_name, flags, env, fromProfile, expected) => {
    expect(resolveRateLimit(flags, env, fromProfile)).toEqual(expected);
  });

  it.each([
    [{ rateLimitRedis: 'http://:hunter2@host' }, '--rate-limit-redis must be a redis:// or rediss:// URL'],
    [{ rateLimitRedis: 'redis://:hunter2@host' }, "--rate-limit-redis needs the workers' budgets: --rate-budgets JSON (WDT_RATE_BUDGETS) or rateLimit.budgets in the profile"],
    [{ rateLimitRedis: 'redis://:hunter2@host', rateBudgets: '{' }, '--rate-budgets must be a JSON array of budgets, e.g. [{"per":"method","perMinute":60,"concurrency":5}]'],
    [{ rateLimitRedis: 'redis://:hunter2@host', rateBudgets: '[{"perMinute":-1}]' }, 'rate-limit budgets: budgets[0].perMinute must be a positive whole number'],
  ])('refuses %j, quoting no URL', (flags, message) => {
    expect(() => resolveRateLimit(flags, {})).toThrow(message);
  });
});

describe.skipIf(!hasRedisServer())('wdt call --rate-limit-redis', () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let mock: WdtMockServer;
  beforeAll(async () => {
    redis = await startRedisServer();
    mock = await createMockServer();
  });
  afterAll(async () => {
    await mock?.close();
    await redis?.stop();
  });

  it('waits while a worker holds the slot, then calls once it is given back', async () => {
    const worker = new RedisRateLimiter({ redis: redis.url, budgets });
    const held = await worker.acquire({ sid: 'wdtapi3', method: 'system.Core.now', attempt: 1, signal: undefined, timeoutMs: 30_000 });
    const io = testIo({ WDT_SID: 'wdtapi3', WDT_APP_KEY: 'wdt_test', WDT_APP_SECRET: SECRET, WDT_BASE_URL: mock.url, WDT_CONFIG: '/nonexistent/wdt/config.json' });
    let done = false;
    const call = runCli(['call', 'system.Core.now', '--allow-unknown', '--rate-limit-redis', redis.url, '--rate-budgets', JSON.stringify(budgets)], io).then((code) => ((done = true), code));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(done).toBe(false);
    expect(mock.calls).toHaveLength(0);
    held.release();
    expect(await call).toBe(0);
    expect(mock.calls.map((c) => c.status)).toEqual([0]);
    await worker.close();
  });

  it('goes on when Redis is out of reach, and says so once on stderr (never the URL)', async () => {
    const io = testIo({ WDT_SID: 'wdtapi3', WDT_APP_KEY: 'wdt_test', WDT_APP_SECRET: SECRET, WDT_BASE_URL: mock.url, WDT_CONFIG: '/nonexistent/wdt/config.json' });
    const code = await runCli(['call', 'system.Core.now', '--allow-unknown', '--rate-limit-redis', 'redis://:hunter2secret@127.0.0.1:1', '--rate-budgets', JSON.stringify(budgets)], io);
    expect(code).toBe(0);
    expect(io.err()).toMatch(/^wdt: wdt rate limiter: Redis is unreachable; calls go on within this process's own budgets until it is back\n$/);
    expect(io.err()).not.toContain('hunter2secret');
  });
});
