import { WdtCallError, WdtTransportError, type DecodedEnvelope } from '@wdt-kit/core';
import { attemptStep } from './attemptStep.js';
import type { CallContext, PipelineConfig } from './CallContext.js';
import { classifyStep } from './classifyStep.js';
import { clockSkewStep } from './clockSkewStep.js';
import { reportStep } from './reportStep.js';

/**
 * Runs a call: attempts until one succeeds or a failure is final. After each attempt the clock step
 * may ask for an immediate corrected retry; otherwise the classify step decides and waits.
 */
export async function retryStep(ctx: CallContext, config: PipelineConfig): Promise<DecodedEnvelope> {
  for (;;) {
    const outcome = await attemptStep(ctx, config);
    const clockRetry = clockSkewStep(outcome, ctx, config);
    // The wait before the next attempt: none for the clock retry, undefined when the failure is final.
    const delayMs = clockRetry ? 0 : outcome.error !== undefined ? classifyStep(outcome, ctx, config) : undefined;
    reportStep(outcome, ctx, config, delayMs);
    if (outcome.error === undefined) return outcome.decoded!;
    if (delayMs === undefined) {
      if (outcome.error instanceof WdtCallError) outcome.error.attempts = ctx.attempt;
      throw outcome.error;
    }
    if (!clockRetry) {
      await config.sleep(delayMs);
      if (ctx.signal?.aborted) throw new WdtTransportError({ method: ctx.method, reason: 'abort', message: 'aborted by the caller', outcomeUnknown: false, attempts: ctx.attempt });
    }
    ctx.attempt++;
  }
}
