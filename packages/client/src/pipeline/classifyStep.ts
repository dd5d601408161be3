import { backoffDelayMs, retryAfterMs, shouldRetry } from '@wdt-kit/core';
import type { AttemptOutcome } from './attemptStep.js';
import type { CallContext, PipelineConfig } from './CallContext.js';

/** Whether a failed attempt is tried again, and after how long. */
export interface RetryDecision {
  retry: boolean;
  delayMs: number;
}

/**
 * Sorts a failure by shouldRetry (writes only when they certainly did not run) and picks the wait:
 * backoff with jitter, or longer when the server's Retry-After asks for it (up to a cap).
 */
export function classifyStep(outcome: AttemptOutcome, ctx: CallContext, config: PipelineConfig): RetryDecision {
  const retry = shouldRetry({ error: outcome.error, idempotent: ctx.idempotent, attempt: ctx.attempt, maxRetries: ctx.maxRetries });
  if (!retry) return { retry, delayMs: 0 };
  const backoff = backoffDelayMs(ctx.attempt, config.retryBaseDelayMs);
  const asked = retryAfterMs(outcome.response?.headers.get('retry-after'), Date.now());
  return { retry, delayMs: asked === undefined ? backoff : Math.max(backoff, asked) };
}
