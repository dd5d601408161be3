import type { WdtRateLimiter, WdtRateLimitLease, WdtRateLimitRequest } from './WdtRateLimiter.js';
import { waitForSlot } from './waitForSlot.js';
import { bucketsOf, checkRateLimits, DEFAULT_RATE_WINDOW_MS, type RateBucket, type WdtRateLimits } from './WdtRateBudget.js';

/** The slots of one bucket: calls in flight, and when the finished ones of the window ended. */
interface BucketState {
  inFlight: number;
  /** End times (ascending) of finished calls still inside the window. */
  ends: number[];
}

interface Waiter {
  buckets: RateBucket[];
  grant(lease: WdtRateLimitLease): void;
}

const NO_LEASE: WdtRateLimitLease = { release() {} };

export interface InProcessRateLimiterOptions extends WdtRateLimits {
  /** Clock in ms (monotonic); default performance.now. */
  now?: () => number;
}

/**
 * Budgets for the calls of one process: every client given this limiter (and their withOptions
 * clones) shares them. A call counts in its window from the moment it starts until one window after
 * it ended, so however late a request reaches the server, no window of the server's sees more than
 * `perMinute` of them. Waiters are served first come, first served. For many processes on one
 * account use `@wdt-kit/rate-limit-redis` instead.
 */
export class InProcessRateLimiter implements WdtRateLimiter {
  readonly #limits: WdtRateLimits;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #states = new Map<string, BucketState>();
  readonly #waiting: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Number.POSITIVE_INFINITY;

  constructor(options: InProcessRateLimiterOptions) {
    checkRateLimits(options);
    this.#limits = { budgets: options.budgets.map((budget) => ({ ...budget })) };
    this.#windowMs = options.windowMs ?? DEFAULT_RATE_WINDOW_MS;
    this.#now = options.now ?? (() => performance.now());
  }

  acquire(request: WdtRateLimitRequest): Promise<WdtRateLimitLease> {
    const buckets = bucketsOf(this.#limits, request.sid, request.method);
    if (buckets.length === 0) return Promise.resolve(NO_LEASE);
    return waitForSlot(request, (signal) => this.#wait(buckets, signal));
  }

  #wait(buckets: RateBucket[], signal: AbortSignal): Promise<WdtRateLimitLease> {
    return new Promise<WdtRateLimitLease>((resolve, reject) => {
      const onAbort = () => {
        const at = this.#waiting.indexOf(waiter);
        if (at !== -1) this.#waiting.splice(at, 1);
        reject(signal.reason);
        this.#serve();
      };
      const waiter: Waiter = {
        buckets,
        grant: (lease) => {
          signal.removeEventListener('abort', onAbort);
          resolve(lease);
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(waiter);
      this.#serve();
    });
  }

  /** Grants every waiter that fits, in arrival order; then waits for the next window to free a slot. */
  #serve(): void {
    const now = this.#now();
    for (let i = 0; i < this.#waiting.length; ) {
      const waiter = this.#waiting[i]!;
      if (!waiter.buckets.every((bucket) => this.#fits(bucket, now))) {
        i++;
        continue;
      }
      this.#waiting.splice(i, 1);
      waiter.grant(this.#take(waiter.buckets));
    }
    this.#schedule(now);
  }

  #state(key: string, now: number): BucketState {
    let state = this.#states.get(key);
    if (!state) this.#states.set(key, (state = { inFlight: 0, ends: [] }));
    const since = now - this.#windowMs;
    let drop = 0;
    while (drop < state.ends.length && state.ends[drop]! <= since) drop++;
    if (drop > 0) state.ends.splice(0, drop);
    return state;
  }

  #fits(bucket: RateBucket, now: number): boolean {
    const state = this.#state(bucket.key, now);
    if (bucket.concurrency !== undefined && state.inFlight >= bucket.concurrency) return false;
    return bucket.perMinute === undefined || state.inFlight + state.ends.length < bucket.perMinute;
  }

  #take(buckets: RateBucket[]): WdtRateLimitLease {
    for (const bucket of buckets) this.#states.get(bucket.key)!.inFlight++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const now = this.#now();
        for (const bucket of buckets) {
          const state = this.#state(bucket.key, now);
          state.inFlight--;
          if (bucket.perMinute !== undefined) state.ends.push(now);
          else if (state.inFlight === 0 && state.ends.length === 0) this.#states.delete(bucket.key);
        }
        this.#serve();
      },
    };
  }

  // A slot frees when a call is released (release serves) or when a finished call leaves its window:
  // one timer for the earliest such moment among the buckets a waiter is blocked on.
  #schedule(now: number): void {
    let at = Number.POSITIVE_INFINITY;
    for (const waiter of this.#waiting) {
      for (const bucket of waiter.buckets) {
        const state = this.#states.get(bucket.key);
        const first = state?.ends[0];
        if (first !== undefined && bucket.perMinute !== undefined && state!.inFlight + state!.ends.length >= bucket.perMinute) at = Math.min(at, first + this.#windowMs);
      }
    }
    if (at === this.#timerAt) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = at;
    if (at === Number.POSITIVE_INFINITY) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#timerAt = Number.POSITIVE_INFINITY;
      this.#serve();
    }, Math.max(1, Math.ceil(at - now)));
  }
}

/** An in-process limiter with these budgets (see InProcessRateLimiter). */
export function createRateLimiter(options: InProcessRateLimiterOptions): WdtRateLimiter {
  return new InProcessRateLimiter(options);
}
