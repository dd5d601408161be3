import { WdtApiError, WdtResponseError, WdtTransportError } from './errors.js';

export interface RetryDecisionInput {
  error: unknown;
  idempotent: boolean;
  /** 1-based number of the attempt that just failed. */
  attempt: number;
  maxRetries: number;
}

// Gateway answers: the API behind it was unreachable or slow; a repeat can get through.
const isGateway = (httpStatus: number) => httpStatus >= 502 && httpStatus <= 504;

/**
 * Whether a failed attempt may be sent again. Writes are re-sent only when the server certainly did
 * not run them: a rate-limit envelope, HTTP 429 without a success envelope, a connection that never
 * opened. Idempotent calls are also repeated after timeouts, resets and gateway answers (502/503/504).
 * An answer a repeat cannot fix (404, a body too large or undecodable, a wrong envelope) is final.
 */
export function shouldRetry({ error, idempotent, attempt, maxRetries }: RetryDecisionInput): boolean {
  if (attempt > maxRetries) return false;
  if (error instanceof WdtApiError) return error.kind === 'rateLimit';
  if (error instanceof WdtTransportError) {
    if (error.reason === 'abort') return false;
    if (error.reason === 'connect') return true;
    return idempotent && !error.outcomeUnknown;
  }
  if (error instanceof WdtResponseError) {
    // HTTP 429 means the gateway turned the request away before it ran, unless the body says it succeeded.
    if (error.httpStatus === 429) return error.envelopeStatus === undefined;
    return idempotent && isGateway(error.httpStatus) && !error.outcomeUnknown;
  }
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
