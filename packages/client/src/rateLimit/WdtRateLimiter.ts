/** What a rate limiter is asked for before each attempt. */
export interface WdtRateLimitRequest {
  /** The account (Wangdian limits each sid). */
  readonly sid: string;
  /** The method of the call (for per-method and method-group budgets). */
  readonly method: string;
  /** Ends the wait: the caller's signal or the attempt's timeout. A limiter rejects with `signal.reason` when it fires. */
  readonly signal: AbortSignal;
  /** The longest the attempt may hold its slot (its timeout): a slot not released by then is taken back. */
  readonly maxHoldMs: number;
}

/** A slot of the budgets, held for the length of one attempt. */
export interface WdtRateLimitLease {
  /** Gives the concurrency slot back (the call stays counted in its window). Never throws. */
  release(): void;
}

/**
 * The seam every attempt goes through when a client has a `rateLimiter`: `acquire` resolves once
 * the attempt may be sent (within the per-minute and concurrency budgets), and the client releases
 * the lease when the answer arrived or the attempt failed. `createRateLimiter` (in-process) and
 * `@wdt-kit/rate-limit-redis` (shared by many processes) implement it.
 */
export interface WdtRateLimiter {
  acquire(request: WdtRateLimitRequest): Promise<WdtRateLimitLease>;
}
