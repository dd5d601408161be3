import type { WdtRateLimiter, WdtRateLimitLease } from '../rateLimit/WdtRateLimiter.js';
import type { CallContext, PipelineConfig } from './CallContext.js';

/** The slot an attempt holds, and how long it waited for it. */
export interface RateLimitSlot {
  lease: WdtRateLimitLease;
  waitedMs: number;
}

/**
 * Waits for a slot of the client's rate limiter before an attempt is signed (so a long wait never
 * sends a stale timestamp); the limiter applies the caller's signal and the attempt's timeout. Only
 * the seam lives here: limiters are separate exports, so a program without one does not bundle them.
 */
export async function rateLimitStep(ctx: CallContext, config: PipelineConfig, limiter: WdtRateLimiter): Promise<RateLimitSlot> {
  const started = Date.now();
  const lease = await limiter.acquire({ sid: config.credentials.sid, method: ctx.method, attempt: ctx.attempt, signal: ctx.signal, timeoutMs: ctx.timeoutMs });
  return { lease, waitedMs: Date.now() - started };
}
