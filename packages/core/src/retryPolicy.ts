import { WdtApiError, WdtResponseError, WdtTransportError } from './errors.js';

export interface RetryDecisionInput {
  error: unknown;
  idempotent: boolean;
  /** 1-based number of the attempt that just failed. */
  attempt: number;
  maxRetries: number;
}

/**
 * Whether a failed attempt may be sent again. Rate limits (status 100 rate-limit messages, HTTP 429)
 * and requests that never reached the server are retried for every method; timeouts, resets and gateway answers only for idempotent methods;
 * a write whose outcome is unknown never.
 */
export function shouldRetry({ error, idempotent, attempt, maxRetries }: RetryDecisionInput): boolean {
  if (attempt > maxRetries) return false;
  if (error instanceof WdtApiError) return error.kind === 'rateLimit';
  if (error instanceof WdtTransportError) {
    if (error.reason === 'abort') return false;
    if (error.reason === 'connect') return true;
    return idempotent && !error.outcomeUnknown;
  }
  // HTTP 429 means the gateway turned the request away before it ran: as safe to repeat as a rate limit.
  if (error instanceof WdtResponseError) return error.httpStatus === 429 || idempotent;
  return false;
}

/** Exponential backoff with jitter: a random delay between half and all of base * 2^(attempt-1), capped. */
export function backoffDelayMs(attempt: number, baseMs: number, maxMs = 30_000, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The server's clock offset (server - local, ms) from a response's Date header, if it has one. */
export function clockOffsetFromDate(dateHeader: string | null, localNowMs: number): number | undefined {
  if (!dateHeader) return undefined;
  const serverMs = Date.parse(dateHeader);
  return Number.isNaN(serverMs) ? undefined : serverMs - localNowMs;
}
