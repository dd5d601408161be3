import { checkRateLimits, type WdtRateBudget, type WdtRateLimiter } from '@wdt-kit/client/bare';
import type { CliIo } from './CliIo.js';
import { UsageError } from './exitCodes.js';
import type { Profile } from './profiles.js';
import { visibleText } from './visibleText.js';

/** The shared limiter a call goes through: the workers' Redis and budgets, so ad-hoc calls share their quota. */
export interface SharedRateLimit {
  redis: string;
  budgets: WdtRateBudget[];
  windowMs?: number;
  keyPrefix?: string;
}

export interface RateLimitFlags {
  rateLimitRedis?: string;
  rateBudgets?: string;
}

/**
 * `--rate-limit-redis URL` (WDT_RATE_LIMIT_REDIS, the profile's `rateLimit.redis`) with the budgets
 * of `--rate-budgets JSON` (WDT_RATE_BUDGETS, the profile's `rateLimit.budgets`); undefined when no
 * Redis is given. Messages never quote the URL (it may hold a password).
 */
export function resolveRateLimit(flags: RateLimitFlags, env: NodeJS.ProcessEnv, profile: Profile = {}): SharedRateLimit | undefined {
  const redis = flags.rateLimitRedis ?? env.WDT_RATE_LIMIT_REDIS ?? profile.rateLimit?.redis;
  if (redis === undefined || redis === '') return undefined;
  if (!/^rediss?:\/\//.test(redis)) throw new UsageError('--rate-limit-redis must be a redis:// or rediss:// URL');
  const budgetsText = flags.rateBudgets ?? env.WDT_RATE_BUDGETS;
  let budgets: unknown = profile.rateLimit?.budgets;
  if (budgetsText !== undefined) {
    try {
      budgets = JSON.parse(budgetsText);
    } catch {
      throw new UsageError('--rate-budgets must be a JSON array of budgets, e.g. [{"per":"method","perMinute":60,"concurrency":5}]');
    }
  }
  if (budgets === undefined) throw new UsageError('--rate-limit-redis needs the workers\' budgets: --rate-budgets JSON (WDT_RATE_BUDGETS) or rateLimit.budgets in the profile');
  const limits = { budgets: budgets as WdtRateBudget[], ...(profile.rateLimit?.windowMs !== undefined ? { windowMs: profile.rateLimit.windowMs } : {}) };
  try {
    checkRateLimits(limits);
  } catch (error) {
    throw new UsageError(`rate-limit budgets: ${visibleText((error as Error).message)}`);
  }
  return { redis, ...limits, ...(profile.rateLimit?.keyPrefix !== undefined ? { keyPrefix: profile.rateLimit.keyPrefix } : {}) };
}

/**
 * Opens the Redis limiter (loaded only when one is configured). Fails open: with Redis out of
 * reach the call goes on, and stderr says so once.
 */
export async function openRateLimiter(shared: SharedRateLimit, io: CliIo): Promise<WdtRateLimiter & { close(): Promise<void> }> {
  const { RedisRateLimiter } = await import('@wdt-kit/rate-limit-redis');
  return new RedisRateLimiter({ ...shared, logger: { warn: (message: string) => io.stderr.write(`wdt: ${message}\n`) } });
}
