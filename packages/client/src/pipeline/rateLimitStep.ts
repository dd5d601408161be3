import { WdtTransportError } from '@wdt-kit/core';
import type { WdtRateLimitLease } from '../rateLimit/WdtRateLimiter.js';
import type { CallContext, PipelineConfig } from './CallContext.js';

/** The slot an attempt holds, and how long it waited for it. */
export interface RateLimitSlot {
  lease: WdtRateLimitLease | undefined;
  waitedMs: number | undefined;
}

const NO_LIMITER: RateLimitSlot = { lease: undefined, waitedMs: undefined };

/**
 * Waits for a slot of the client's rate limiter before an attempt is signed (so a long wait never
 * sends a stale timestamp). The caller's signal and the attempt's timeout apply while waiting: they
 * end the wait with a WdtTransportError (`abort` or `timeout`, never sent). Without a limiter: nothing.
 */
export async function rateLimitStep(ctx: CallContext, config: PipelineConfig): Promise<RateLimitSlot> {
  const limiter = config.rateLimiter;
  if (!limiter) return NO_LIMITER;
  const { method, signal: caller } = ctx;
  const unsent = { method, outcomeUnknown: false, attempts: ctx.attempt };
  if (caller?.aborted) throw new WdtTransportError({ ...unsent, reason: 'abort', message: 'aborted by the caller before sending', cause: caller.reason });
  const started = Date.now();
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(new WdtTransportError({ ...unsent, reason: 'timeout', message: `no rate-limit slot within ${ctx.timeoutMs} ms` })), ctx.timeoutMs);
  const onAbort = () => stop.abort(new WdtTransportError({ ...unsent, reason: 'abort', message: 'aborted by the caller while waiting for a rate-limit slot', cause: caller!.reason }));
  caller?.addEventListener('abort', onAbort, { once: true });
  try {
    const lease = await limiter.acquire({ sid: config.credentials.sid, method, signal: stop.signal, maxHoldMs: ctx.timeoutMs });
    if (stop.signal.aborted) {
      lease.release();
      throw stop.signal.reason;
    }
    return { lease, waitedMs: Date.now() - started };
  } catch (error) {
    throw stop.signal.aborted ? stop.signal.reason : error;
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', onAbort);
  }
}
