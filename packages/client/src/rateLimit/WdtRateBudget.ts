/**
 * One budget: how many calls may start per minute and how many may run at once, for the calls it
 * covers. Wangdian answers status 100 超过每分钟最大调用频率限制 / 超过每分钟最大并发次数限制 beyond
 * its (undocumented) limits; budgets a little under them keep the workers clear of both.
 */
export interface WdtRateBudget {
  /** Calls that may start within any one window (a minute unless `windowMs` says otherwise). */
  perMinute?: number;
  /** Calls that may be in flight at once. */
  concurrency?: number;
  /** `account` (default): the covered calls of a sid share the budget; `method`: each method has its own. */
  per?: 'account' | 'method';
  /** Only these methods count against the budget: with `per: 'account'` they share it, a method group. */
  methods?: readonly string[];
  /** The group's name in the limiter's keys (default: the method names joined); give one name to one group everywhere. */
  group?: string;
}

/** The budgets of a limiter. With none (or none with a number), nothing ever waits. */
export interface WdtRateLimits {
  budgets: readonly WdtRateBudget[];
  /** The window of `perMinute`, in ms; default 60 000 (tests use seconds). */
  windowMs?: number;
}

/** One bucket a call takes a slot in: its key names the sid and what the budget covers. */
export interface RateBucket {
  readonly key: string;
  readonly perMinute: number | undefined;
  readonly concurrency: number | undefined;
}

export const DEFAULT_RATE_WINDOW_MS = 60_000;

/** Throws a TypeError naming the first budget that is not well formed. */
export function checkRateLimits(limits: WdtRateLimits): void {
  if (!limits || !Array.isArray(limits.budgets)) throw new TypeError('rate limits need a budgets array');
  if (limits.windowMs !== undefined && !(Number.isInteger(limits.windowMs) && limits.windowMs > 0)) throw new TypeError('windowMs must be a positive whole number of ms');
  limits.budgets.forEach((budget, index) => {
    for (const field of ['perMinute', 'concurrency'] as const) {
      const value = budget[field];
      if (value !== undefined && !(Number.isInteger(value) && value > 0)) throw new TypeError(`budgets[${index}].${field} must be a positive whole number`);
    }
    if (budget.per !== undefined && budget.per !== 'account' && budget.per !== 'method') throw new TypeError(`budgets[${index}].per must be 'account' or 'method'`);
    if (budget.methods !== undefined && !(Array.isArray(budget.methods) && budget.methods.length > 0)) throw new TypeError(`budgets[${index}].methods must be a non-empty list of method names`);
  });
}

/** The buckets a call of `method` by `sid` takes a slot in, one per budget that covers it and has a number. */
export function bucketsOf(limits: WdtRateLimits, sid: string, method: string): RateBucket[] {
  const buckets: RateBucket[] = [];
  for (const budget of limits.budgets) {
    if (budget.perMinute === undefined && budget.concurrency === undefined) continue;
    if (budget.methods && !budget.methods.includes(method)) continue;
    const scope = budget.per === 'method' ? `m:${method}` : budget.methods ? `g:${budget.group ?? budget.methods.join(',')}` : '*';
    buckets.push({ key: `${sid}|${scope}`, perMinute: budget.perMinute, concurrency: budget.concurrency });
  }
  return buckets;
}
