import { WdtApiError, WdtResponseError, WdtTransportError } from '@wdt-kit/core';
import type { WdtCallEvent } from '../WdtCallEvent.js';
import type { AttemptOutcome } from './attemptStep.js';
import type { CallContext, PipelineConfig } from './CallContext.js';
import { logs } from './WdtLogger.js';

function describeError(error: unknown): WdtCallEvent['error'] {
  const { name = 'Error', message = String(error) } = (error ?? {}) as Error;
  const kind = error instanceof WdtApiError ? error.kind : error instanceof WdtTransportError ? 'transport' : error instanceof WdtResponseError ? 'response' : undefined;
  return kind ? { name, kind, message } : { name, message };
}

/**
 * Tells onAttempt and the logger about one attempt: method, attempt, duration, statuses, error kind.
 * Built from the outcome only, never from the request, so the secret, salt and sign cannot appear.
 */
export function reportStep(outcome: AttemptOutcome, ctx: CallContext, config: PipelineConfig, willRetry: boolean, delayMs: number): void {
  const { logger, onAttempt } = config;
  const debug = logger !== undefined && logs(config.logLevel, 'debug');
  const warn = logger !== undefined && willRetry && logs(config.logLevel, 'warn');
  if (!onAttempt && !debug && !warn) return;
  const { error, response } = outcome;
  const status = outcome.decoded ? 0 : error instanceof WdtApiError ? error.status : undefined;
  const described = error === undefined ? undefined : describeError(error);
  const event: WdtCallEvent = { method: ctx.method, attempt: ctx.attempt, durationMs: outcome.durationMs, willRetry };
  if (outcome.waitedMs !== undefined) event.waitedMs = outcome.waitedMs;
  if (response) event.httpStatus = response.httpStatus;
  if (status !== undefined) event.status = status;
  if (described) event.error = described;
  onAttempt?.(event);
  if (!logger) return;
  const fields = { method: event.method, attempt: event.attempt, durationMs: event.durationMs, waitedMs: event.waitedMs, httpStatus: event.httpStatus, status, errorKind: described?.kind, willRetry };
  const what = described ? (described.kind ?? described.name) : 'ok';
  if (debug) logger.debug(`wdt ${ctx.method} attempt ${ctx.attempt}: ${what} in ${event.durationMs} ms`, fields);
  if (warn) logger.warn(`wdt ${ctx.method} attempt ${ctx.attempt} failed (${what}); retrying in ${delayMs} ms`, fields);
}
