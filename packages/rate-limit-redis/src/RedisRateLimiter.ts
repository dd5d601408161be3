import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import {
  bucketsOf,
  checkRateLimits,
  DEFAULT_RATE_WINDOW_MS,
  InProcessRateLimiter,
  waitForSlot,
  type RateBucket,
  type WdtLogger,
  type WdtRateLimiter,
  type WdtRateLimitLease,
  type WdtRateLimitRequest,
  type WdtRateLimits,
} from '@wdt-kit/client/bare';
import { RateLimiterUnavailableError } from './RateLimiterUnavailableError.js';
import { ACQUIRE_SCRIPT, RELEASE_SCRIPT } from './slotScripts.js';

export interface RedisRateLimiterOptions extends WdtRateLimits {
  /** A Redis URL (`redis://[:password@]host:6379/0`, `rediss://` for TLS) or an ioredis client you own. */
  redis: string | Redis;
  /** Prefix of every key; default `wdt:rl:`. Processes that share a budget must use the same one. */
  keyPrefix?: string;
  /**
   * When Redis cannot be reached (or answers no command within `commandTimeoutMs`):
   * `open` (default): calls go on, each process held to the same budgets on its own (in-process),
   * and a warning is logged once per outage (and once when Redis is back); `closed`: the call fails
   * with a RateLimiterUnavailableError and is not sent.
   */
  onUnavailable?: 'open' | 'closed';
  /** How long one Redis command may take before Redis counts as unreachable; default 1000 ms. */
  commandTimeoutMs?: number;
  /** How often a waiter for a concurrency slot asks again; default 50 ms (with jitter). */
  pollMs?: number;
  /** Added to the attempt's timeout to make a lease's expiry: a dead process's slot comes back after it. Default 1000 ms. */
  leaseMarginMs?: number;
  /** Where the outage warnings go; default `console`. */
  logger?: Pick<WdtLogger, 'warn'>;
}

const sleepFor = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      resolve();
    };
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', stop, { once: true });
  });

type SlotCommands = Redis & {
  wdtAcquireSlot(numKeys: number, ...keysAndArgs: (string | number)[]): Promise<number>;
  wdtReleaseSlot(numKeys: number, ...keysAndArgs: (string | number)[]): Promise<number>;
};

/**
 * One set of budgets for every process and machine that uses the same Redis and key prefix: each
 * attempt takes a lease in Redis (atomically, by a Lua script) before it is sent and gives it back
 * when it is done; a lease of a process that died expires after the attempt's timeout. Give it to
 * each client as `rateLimiter`. `close()` when done (it quits the Redis connection it opened).
 */
export class RedisRateLimiter implements WdtRateLimiter {
  readonly #limits: WdtRateLimits;
  readonly #windowMs: number;
  readonly #prefix: string;
  readonly #redis: SlotCommands;
  readonly #ownsRedis: boolean;
  readonly #onUnavailable: 'open' | 'closed';
  readonly #pollMs: number;
  readonly #leaseMarginMs: number;
  readonly #logger: Pick<WdtLogger, 'warn'>;
  readonly #local: InProcessRateLimiter;
  #unavailable = false;

  constructor(options: RedisRateLimiterOptions) {
    checkRateLimits(options);
    this.#limits = { budgets: options.budgets.map((budget) => ({ ...budget })) };
    this.#windowMs = options.windowMs ?? DEFAULT_RATE_WINDOW_MS;
    this.#prefix = options.keyPrefix ?? 'wdt:rl:';
    this.#onUnavailable = options.onUnavailable ?? 'open';
    if (this.#onUnavailable !== 'open' && this.#onUnavailable !== 'closed') throw new TypeError("onUnavailable must be 'open' or 'closed'");
    this.#pollMs = options.pollMs ?? 50;
    this.#leaseMarginMs = options.leaseMarginMs ?? 1000;
    this.#logger = options.logger ?? console;
    this.#local = new InProcessRateLimiter({ budgets: this.#limits.budgets, windowMs: this.#windowMs });
    const commandTimeout = options.commandTimeoutMs ?? 1000;
    const redisOptions: RedisOptions = {
      commandTimeout,
      connectTimeout: commandTimeout,
      maxRetriesPerRequest: 1,
      // Reconnect for ever, at most every 2 s: the shared budget comes back with Redis.
      retryStrategy: (times) => Math.min(times * 100, 2000),
    };
    const redis = typeof options.redis === 'string' ? new Redis(options.redis, redisOptions) : options.redis;
    this.#ownsRedis = typeof options.redis === 'string';
    // ioredis reports connection errors as events too; the commands' failures are what we act on.
    if (this.#ownsRedis) redis.on('error', () => {});
    redis.defineCommand('wdtAcquireSlot', { lua: ACQUIRE_SCRIPT });
    redis.defineCommand('wdtReleaseSlot', { lua: RELEASE_SCRIPT });
    this.#redis = redis as SlotCommands;
  }

  acquire(request: WdtRateLimitRequest): Promise<WdtRateLimitLease> {
    const buckets = bucketsOf(this.#limits, request.sid, request.method);
    if (buckets.length === 0) return Promise.resolve({ release() {} });
    return waitForSlot(request, (signal) => this.#wait(request, buckets, signal));
  }

  /** Quits the Redis connection the limiter opened (not one it was given). */
  async close(): Promise<void> {
    if (!this.#ownsRedis) return;
    // Graceful when connected; a connection that is down has nothing to flush.
    if (this.#redis.status === 'ready') await this.#redis.quit().catch(() => this.#redis.disconnect());
    else this.#redis.disconnect();
  }

  async #wait(request: WdtRateLimitRequest, buckets: RateBucket[], signal: AbortSignal): Promise<WdtRateLimitLease> {
    const keys = buckets.flatMap((bucket) => this.#keysOf(request.sid, bucket));
    const limits = buckets.flatMap((bucket) => [bucket.perMinute ?? 0, bucket.concurrency ?? 0]);
    const id = randomUUID();
    const holdMs = request.timeoutMs + this.#leaseMarginMs;
    for (;;) {
      // While Redis is known to be down, do not wait a command timeout for every call.
      if (this.#unavailable && this.#redis.status !== 'ready') return this.#whenUnavailable(request, undefined, signal);
      let wait: number;
      try {
        wait = Number(await this.#redis.wdtAcquireSlot(keys.length, ...keys, id, holdMs, this.#windowMs, ...limits));
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        return this.#whenUnavailable(request, error, signal);
      }
      this.#available();
      if (wait === 0) return this.#lease(id, keys, buckets);
      const jitter = Math.random() * this.#pollMs;
      await sleepFor((wait > 0 ? wait : this.#pollMs) + jitter, signal);
    }
  }

  #lease(id: string, keys: string[], buckets: RateBucket[]): WdtRateLimitLease {
    let released = false;
    const perMinute = buckets.map((bucket) => bucket.perMinute ?? 0);
    return {
      release: () => {
        if (released) return;
        released = true;
        // The lease expires anyway if Redis cannot be told now.
        this.#redis.wdtReleaseSlot(keys.length, ...keys, id, this.#windowMs, ...perMinute).catch(() => {});
      },
    };
  }

  // The sid in braces: every key of one account hashes to one Redis Cluster slot, as a script needs.
  #keysOf(sid: string, bucket: RateBucket): [string, string] {
    const base = `${this.#prefix}{${sid}}${bucket.key.slice(sid.length)}`;
    return [`${base}:run`, `${base}:win`];
  }

  #whenUnavailable(request: WdtRateLimitRequest, error: unknown, signal: AbortSignal): Promise<WdtRateLimitLease> {
    const wasAvailable = !this.#unavailable;
    this.#unavailable = true;
    if (this.#onUnavailable === 'closed') throw new RateLimiterUnavailableError(request.method, error ?? new Error(`Redis connection ${this.#redis.status}`));
    if (wasAvailable) {
      this.#logger.warn('wdt rate limiter: Redis is unreachable; calls go on within this process\'s own budgets until it is back', { error: new RateLimiterUnavailableError(request.method, error).message });
    }
    return this.#local.acquire({ ...request, signal });
  }

  #available(): void {
    if (!this.#unavailable) return;
    this.#unavailable = false;
    if (this.#onUnavailable === 'open') this.#logger.warn('wdt rate limiter: Redis is back; calls share its budgets again');
  }
}

/** A RedisRateLimiter (see there). */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RedisRateLimiter {
  return new RedisRateLimiter(options);
}
