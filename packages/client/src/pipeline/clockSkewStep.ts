import { clockOffsetCandidate, WdtApiError } from '@wdt-kit/core';
import type { AttemptOutcome } from './attemptStep.js';
import type { CallContext, PipelineConfig } from './CallContext.js';

/**
 * Keeps a tried offset once the server accepted its timestamp (any answer but status 7), and after a
 * status 7 sets up one retry with the offset its Date header suggests, if that is trustworthy
 * (clockOffsetCandidate). Returns whether to retry at once for the clock.
 */
export function clockSkewStep(outcome: AttemptOutcome, ctx: CallContext, config: PipelineConfig): boolean {
  const { error } = outcome;
  const skew = error instanceof WdtApiError && error.kind === 'clockSkew';
  if (ctx.candidateOffsetMs !== undefined && (outcome.decoded !== undefined || (error instanceof WdtApiError && !skew))) {
    config.clock.adopt(ctx.candidateOffsetMs, config.now());
    ctx.candidateOffsetMs = undefined;
  }
  if (!skew || ctx.clockRetried || !outcome.response) return false;
  const offset = clockOffsetCandidate({ dateHeader: outcome.response.headers.get('date'), sentAtMs: outcome.sentAtMs, localNowMs: config.now() });
  if (offset === undefined) return false;
  ctx.clockRetried = true;
  ctx.candidateOffsetMs = offset;
  return true;
}
