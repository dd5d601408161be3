import type { DecodedEnvelope, RawResponse } from '@wdt-kit/core';
import type { WdtRateLimitLease } from '../rateLimit/WdtRateLimiter.js';
import type { CallContext, PipelineConfig } from './CallContext.js';
import { decodeStep } from './decodeStep.js';
import { signStep } from './signStep.js';
import type { WdtAttemptRequest } from './WdtMiddleware.js';

/** What one attempt came to: data or an error, with the raw answer when one arrived. */
export interface AttemptOutcome {
  decoded?: DecodedEnvelope;
  error?: unknown;
  response?: RawResponse;
  /** The time the timestamp was made from (for clockSkewStep). */
  sentAtMs: number;
  durationMs: number;
  /** How long the attempt waited for a rate-limit slot (undefined without a rateLimiter). */
  waitedMs?: number | undefined;
}

/**
 * rate-limit slot → sign → middleware → send → decode, for one attempt; never throws (the outcome carries the error).
 * The slot is taken before signing, so a long wait never sends a stale timestamp; the limiter itself
 * applies the caller's signal and the attempt's timeout to the wait (waitForSlot), so only the call is here.
 */
export async function attemptStep(ctx: CallContext, config: PipelineConfig): Promise<AttemptOutcome> {
  const { rateLimiter } = config;
  const waitStarted = Date.now();
  let lease: WdtRateLimitLease | undefined;
  try {
    lease = rateLimiter && (await rateLimiter.acquire({ sid: config.sid, method: ctx.method, attempt: ctx.attempt, signal: ctx.signal, timeoutMs: ctx.timeoutMs }));
  } catch (error) {
    return { error, sentAtMs: 0, durationMs: 0 };
  }
  const started = Date.now();
  const waitedMs = lease && started - waitStarted;
  const localNow = config.now();
  const sentAtMs = localNow + (ctx.candidateOffsetMs ?? config.clock.current(localNow));
  let response: RawResponse | undefined;
  try {
    // The fresh signed request gets the attempt's fields; a spread copy of it cost about 3 µs per call (V8 clones it slowly).
    const request: WdtAttemptRequest = Object.assign(signStep(ctx, config, sentAtMs), { attempt: ctx.attempt, idempotent: ctx.idempotent, timeoutMs: ctx.timeoutMs, signal: ctx.signal });
    response = await config.transport(request);
    return { decoded: decodeStep(ctx, response), response, sentAtMs, durationMs: Date.now() - started, waitedMs };
  } catch (error) {
    return { error, response, sentAtMs, durationMs: Date.now() - started, waitedMs };
  } finally {
    lease?.release();
  }
}
