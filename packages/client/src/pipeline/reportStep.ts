import { WdtApiError, WdtResponseError, WdtTransportError } from '@wdt-kit/core';
import type { WdtCallEvent } from '../WdtCallEvent.js';
import type { AttemptOutcome } from './attemptStep.js';
import type { CallContext, PipelineConfig } from './CallContext.js';

/**
 * Tells onAttempt and the logger about one attempt: method, attempt, duration, statuses, error kind,
 * and the delay before the next attempt (undefined: none follows).
 * Built from the outcome only, never from the request, so the secret, salt and sign cannot appear.
 * (Fields that do not apply are undefined.)
 */
export function reportStep(outcome: AttemptOutcome, ctx: CallContext, config: PipelineConfig, retryDelayMs: number | undefined): void {
  const { logger, onAttempt } = config;
  if (!onAttempt && !logger) return;
  const { error } = outcome;
  const api = error instanceof WdtApiError ? error : undefined;
  const { name = 'Error', message = String(error) } = (error ?? {}) as Error;
  const kind = api ? api.kind : error instanceof WdtTransportError ? 'transport' : error instanceof WdtResponseError ? 'response' : undefined;
  const event: WdtCallEvent = {
    method: ctx.method,
    attempt: ctx.attempt,
    durationMs: outcome.durationMs,
    waitedMs: outcome.waitedMs,
    willRetry: retryDelayMs !== undefined,
    retryDelayMs,
    httpStatus: outcome.response?.httpStatus,
    status: outcome.decoded ? 0 : api?.status,
    error: error === undefined ? undefined : { name, kind, message },
  };
  onAttempt?.(event);
  logger?.(event);
}
