/** What a rate limiter is asked for before each attempt. */
export interface WdtRateLimitRequest {
  /** The account (Wangdian limits each sid). */
  readonly sid: string;
  /** The method of the call (for per-method and method-group budgets). */
  readonly method: string;
  /** 1-based attempt of the call. */
  readonly attempt: number;
  /** The caller's signal: when it fires, the wait ends (WdtTransportError `abort`, never sent). */
  readonly signal: AbortSignal | undefined;
  /**
   * The attempt's timeout: it bounds the wait (WdtTransportError `timeout`, never sent), and the
   * time the slot may be held, so a slot its process never gave back is taken back after it.
   */
  readonly timeoutMs: number;
}

/** A slot of the budgets, held for the length of one attempt. */
export interface WdtRateLimitLease {
  /** Gives the concurrency slot back (the call stays counted in its window). Never throws. */
  release(): void;
}

/**
 * The seam every attempt goes through when a client has a `rateLimiter`: `acquire` resolves once
 * the attempt may be sent (within the per-minute and concurrency budgets), and the client releases
 * the lease when the answer arrived or the attempt failed. What it rejects with fails the attempt
 * (`waitForSlot` makes the abort and timeout errors). `createRateLimiter` (in-process) and
 * `@wdt-kit/rate-limit-redis` (shared by many processes) implement it.
 */
export interface WdtRateLimiter {
  acquire(request: WdtRateLimitRequest): Promise<WdtRateLimitLease>;
}
