import { RATE_LIMIT_MESSAGES } from '../faults/MockFault.js';

/** Quotas for each sid and method, as the real server has (its numbers are undocumented). */
export interface RateLimit {
  /** Calls a sid may make to one method within one window (a minute) of the mock's clock. */
  perMinute?: number;
  /** Calls of a sid to one method that may run at once (a call runs for its `latency` fault, if any). */
  concurrency?: number;
  /** The window of `perMinute` in ms; default 60 000. Tests use seconds. */
  windowMs?: number;
}

export function checkRateLimit(rateLimit: RateLimit): void {
  for (const field of ['perMinute', 'concurrency', 'windowMs'] as const) {
    const value = rateLimit[field];
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) throw new TypeError(`rateLimit.${field} must be a positive whole number`);
  }
  if (rateLimit.perMinute === undefined && rateLimit.concurrency === undefined) throw new TypeError('rateLimit needs perMinute, concurrency or both');
}

/** Which of the error guide's two status-100 messages a refused call gets. */
export type QuotaRefusal = keyof typeof RATE_LIMIT_MESSAGES;

/**
 * Counts the accepted calls of each sid and method in the current window of the mock's clock (fixed
 * windows: with a fixed clock the count never resets, so tests are deterministic), and the calls
 * still running (until their reply is due). Only verified calls reach it, so a stranger cannot spend
 * a sid's quota; the counters of a past window are dropped as the next one starts, and finished
 * calls as they end, so memory stays bounded. A refused call takes nothing.
 */
export class CallQuota {
  readonly #perMinute: number | undefined;
  readonly #concurrency: number | undefined;
  readonly #windowMs: number;
  #window = Number.NaN;
  readonly #counts = new Map<string, number>();
  /** When each running call of a key ends. */
  readonly #running = new Map<string, number[]>();

  constructor(rateLimit: RateLimit) {
    checkRateLimit(rateLimit);
    this.#perMinute = rateLimit.perMinute;
    this.#concurrency = rateLimit.concurrency;
    this.#windowMs = rateLimit.windowMs ?? 60_000;
  }

  /**
   * Takes one call of `sid` and `method` that runs for `runMs` from the quota; the refusal when the
   * window's calls are spent (`frequency`) or too many run at once (`concurrency`).
   */
  take(sid: string, method: string, nowMs: number, runMs = 0): QuotaRefusal | undefined {
    const window = Math.floor(nowMs / this.#windowMs);
    if (window !== this.#window) {
      this.#window = window;
      this.#counts.clear();
    }
    const key = `${sid}\0${method}`;
    const running = (this.#running.get(key) ?? []).filter((end) => end > nowMs);
    if (this.#concurrency !== undefined && running.length >= this.#concurrency) return 'concurrency';
    const count = this.#counts.get(key) ?? 0;
    if (this.#perMinute !== undefined && count >= this.#perMinute) return 'frequency';
    this.#counts.set(key, count + 1);
    if (runMs > 0) running.push(nowMs + runMs);
    if (running.length > 0) this.#running.set(key, running);
    else this.#running.delete(key);
    return undefined;
  }

  reset(): void {
    this.#window = Number.NaN;
    this.#counts.clear();
    this.#running.clear();
  }
}
