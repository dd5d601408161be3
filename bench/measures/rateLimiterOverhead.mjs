import { createRateLimiter, WdtClient } from '../../packages/client/dist/index.js';
import { RedisRateLimiter } from '../../packages/rate-limit-redis/dist/index.js';
import { redisServerOnPath, startRedisServer } from '../../test/support/redisServer.mjs';
import { startConstantServer } from './loopbackServer.mjs';
import { compare, row } from './timing.mjs';

const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210' };
// Budgets no call reaches: every acquire is granted at once, so what is measured is the limiter's own cost.
const budgets = [{ perMinute: 1_000_000_000 }, { per: 'method', perMinute: 1_000_000_000, concurrency: 1_000_000 }];

/**
 * What a rate limiter adds to a call when nothing waits: the client with an in-process limiter, and
 * with the Redis limiter (a redis-server of its own on loopback; skipped when redis-server is not
 * installed), against the same client without one, to the same loopback server.
 */
export async function measureRateLimiterOverhead({ quick }) {
  const server = await startConstantServer();
  const redis = redisServerOnPath() ? await startRedisServer() : undefined;
  const redisLimiter = redis && new RedisRateLimiter({ redis: redis.url, budgets, windowMs: 60_000 });
  try {
    const callWith = (options) => {
      const wdt = new WdtClient({ ...account, baseUrl: server.url, ...options });
      return () => wdt.wms.stockin.PreStockin.cancel('RK2004210014');
    };
    const plain = callWith({});
    const iterations = quick ? 20 : 1_000;
    const rounds = quick ? 3 : 7;
    const perCall = (subject, measure, target, note) =>
      compare({ subject, baseline: plain, iterations, rounds }).then((times) =>
        row({ measure, value: times.subject / iterations, baseline: times.baseline / iterations, ratio: times.subject / times.baseline, target, note }),
      );
    const rows = [await perCall(callWith({ rateLimiter: createRateLimiter({ budgets }) }), 'rate limiter in-process, nothing waits (per call)', '<= 1.10', 'baseline: the same client without a limiter')];
    if (redisLimiter) rows.push(await perCall(callWith({ rateLimiter: redisLimiter }), 'rate limiter on Redis, nothing waits (per call)', 'reported', 'one script call to a loopback redis-server before each attempt (the release is not awaited); baseline: the same client without a limiter'));
    else process.stderr.write('[bench] rateLimiterOverhead: redis-server is not installed (scripts/ensureRedisServer.sh): the Redis row is skipped\n');
    return rows;
  } finally {
    await redisLimiter?.close();
    await redis?.stop();
    await server.close();
  }
}
