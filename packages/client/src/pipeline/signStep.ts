import { encodeRequest, type EncodedRequest } from '@wdt-kit/core';
import type { CallContext, PipelineConfig } from './CallContext.js';

/** Signs one attempt with the timestamp of `sentAtMs` (local time corrected by the clock offset). */
export function signStep(ctx: CallContext, config: PipelineConfig, sentAtMs: number): EncodedRequest {
  return encodeRequest({ credentials: config, method: ctx.method, args: ctx.args, pager: ctx.pager, nowMs: sentAtMs, baseUrl: config.baseUrl });
}
