// One worker process of the shared-quota tests: calls one method of a mock as fast as it may, through
// the Redis limiter when given one, and prints what came back as one JSON line.
//   node quotaWorker.mjs '{"mockUrl":…,"redisUrl":…|null,"budgets":[…],"windowMs":…,"runMs":…,"lanes":2}'
// It prints "ready" once set up and starts on a "go" line on stdin (so every worker starts together).
// With "hold": true it makes one call that the mock delays, printing "holding" once it holds its slot
// (the parent then kills it).
import { createInterface } from 'node:readline';
import { WdtApiError, WdtClient } from '../../packages/client/dist/index.js';
import { RedisRateLimiter } from '../../packages/rate-limit-redis/dist/index.js';

const config = JSON.parse(process.argv[2]);
const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210' };
const rateLimiter = config.redisUrl
  ? new RedisRateLimiter({ redis: config.redisUrl, budgets: config.budgets, windowMs: config.windowMs, onUnavailable: 'closed', pollMs: 10, ...(config.leaseMarginMs !== undefined ? { leaseMarginMs: config.leaseMarginMs } : {}) })
  : undefined;
const holding = { middleware: [async (request, next) => (console.log('holding'), next(request))] };
const wdt = new WdtClient({ ...account, baseUrl: config.mockUrl, maxRetries: 0, timeoutMs: config.timeoutMs ?? 10_000, ...(rateLimiter ? { rateLimiter } : {}), ...(config.hold ? holding : {}) });

console.log('ready');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) if (line === 'go') break;

const counts = { ok: 0, refused: 0, failed: 0 };
const until = Date.now() + (config.runMs ?? 0);
const lane = async () => {
  do {
    try {
      await wdt.call(config.method ?? 'system.Core.now', config.args ?? []);
      counts.ok++;
    } catch (error) {
      if (error instanceof WdtApiError && error.status === 100) counts.refused++;
      else counts.failed++, (counts.error = String(error));
    }
  } while (Date.now() < until);
};
await Promise.all(Array.from({ length: config.lanes ?? 1 }, lane));
console.log(JSON.stringify(counts));
await rateLimiter?.close();
process.exit(0);
