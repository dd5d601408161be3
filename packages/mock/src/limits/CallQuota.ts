/** A per-minute quota of calls for each sid and method, as the real server has (numbers undocumented). */
export interface RateLimit {
  /** Calls a sid may make to one method within one minute of the mock's clock. */
  perMinute: number;
}

export function checkRateLimit(rateLimit: RateLimit): void {
  if (!(Number.isInteger(rateLimit.perMinute) && rateLimit.perMinute > 0)) throw new TypeError('rateLimit.perMinute must be a positive whole number');
}

/**
 * Counts the accepted calls of each sid and method in the current minute of the mock's clock
 * (fixed windows: with a fixed clock the count never resets, so tests are deterministic). Only
 * verified calls reach it, so a stranger cannot spend a sid's quota; the counters of a past minute
 * are dropped as the next one starts, so memory stays bounded.
 */
export class CallQuota {
  readonly #perMinute: number;
  #minute = Number.NaN;
  readonly #counts = new Map<string, number>();

  constructor(rateLimit: RateLimit) {
    checkRateLimit(rateLimit);
    this.#perMinute = rateLimit.perMinute;
  }

  /** Takes one call from the quota of `sid` and `method`; false when it is spent this minute. */
  take(sid: string, method: string, nowMs: number): boolean {
    const minute = Math.floor(nowMs / 60_000);
    if (minute !== this.#minute) {
      this.#minute = minute;
      this.#counts.clear();
    }
    const key = `${sid}\0${method}`;
    const count = this.#counts.get(key) ?? 0;
    if (count >= this.#perMinute) return false;
    this.#counts.set(key, count + 1);
    return true;
  }

  reset(): void {
    this.#minute = Number.NaN;
    this.#counts.clear();
  }
}
