import { WdtApiError, WdtResponseError, WdtTransportError } from '@wdt-kit/core';
import type { WdtCallEvent } from '../WdtCallEvent.js';
import type { AttemptOutcome } from './attemptStep.js';
import type { CallContext, PipelineConfig } from './CallContext.js';

/**
 * Tells onAttempt and the logger about one attempt: method, attempt, duration, statuses, error kind.
 * Built from the outcome only, never from the request, so the secret, salt and sign cannot appear.
 */
export function reportStep(outcome: AttemptOutcome, ctx: CallContext, config: PipelineConfig, willRetry: boolean, delayMs: number): void {
  const { logger, onAttempt } = config;
  if (!onAttempt && !logger) return;
  const { error, response } = outcome;
  const event: WdtCallEvent = { method: ctx.method, attempt: ctx.attempt, durationMs: outcome.durationMs, willRetry };
  if (willRetry) event.retryDelayMs = delayMs;
  if (response) event.httpStatus = response.httpStatus;
  if (outcome.decoded) event.status = 0;
  if (error !== undefined) {
    const { name = 'Error', message = String(error) } = (error ?? {}) as Error;
    event.error = { name, message };
    if (error instanceof WdtApiError) {
      event.status = error.status;
      event.error.kind = error.kind;
    } else if (error instanceof WdtTransportError || error instanceof WdtResponseError) event.error.kind = error instanceof WdtTransportError ? 'transport' : 'response';
  }
  onAttempt?.(event);
  logger?.(event);
}
