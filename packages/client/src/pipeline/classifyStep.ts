import { backoffDelayMs, retryAfterMs, shouldRetry } from '@wdt-kit/core';
import type { AttemptOutcome } from './attemptStep.js';
import type { CallContext, PipelineConfig } from './CallContext.js';

/**
 * Sorts a failure by shouldRetry (writes only when they certainly did not run) and picks the wait:
 * backoff with jitter, or longer when the server's Retry-After asks for it (up to a cap). Returns the
 * delay before the next attempt in ms, or undefined when the failure is final.
 */
export function classifyStep(outcome: AttemptOutcome, ctx: CallContext, config: PipelineConfig): number | undefined {
  if (!shouldRetry({ error: outcome.error, idempotent: ctx.idempotent, attempt: ctx.attempt, maxRetries: ctx.maxRetries })) return undefined;
  const backoff = backoffDelayMs(ctx.attempt, config.retryBaseDelayMs);
  const asked = retryAfterMs(outcome.response?.headers.get('retry-after'), Date.now());
  return asked === undefined ? backoff : Math.max(backoff, asked);
}
