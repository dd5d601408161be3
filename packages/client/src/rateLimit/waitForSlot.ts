import { WdtTransportError } from '@wdt-kit/core';
import type { WdtRateLimitLease, WdtRateLimitRequest } from './WdtRateLimiter.js';

/**
 * Runs a limiter's wait for a slot under the request's signal and timeout: `wait` gets a signal that
 * fires on either, and the wait then fails with a WdtTransportError (`abort` or `timeout`, never
 * sent) whatever `wait` rejected with. A lease granted after the end is given back.
 */
export async function waitForSlot(request: WdtRateLimitRequest, wait: (signal: AbortSignal) => Promise<WdtRateLimitLease>): Promise<WdtRateLimitLease> {
  const { method, signal: caller, timeoutMs } = request;
  const unsent = { method, outcomeUnknown: false, attempts: request.attempt };
  const abortError = () => new WdtTransportError({ ...unsent, reason: 'abort', message: 'aborted by the caller while waiting for a rate-limit slot', cause: caller?.reason });
  if (caller?.aborted) throw abortError();
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(new WdtTransportError({ ...unsent, reason: 'timeout', message: `no rate-limit slot within ${timeoutMs} ms` })), timeoutMs);
  const onAbort = () => stop.abort(abortError());
  caller?.addEventListener('abort', onAbort, { once: true });
  try {
    const lease = await wait(stop.signal);
    if (stop.signal.aborted) {
      lease.release();
      throw stop.signal.reason;
    }
    return lease;
  } catch (error) {
    throw stop.signal.aborted ? stop.signal.reason : error;
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', onAbort);
  }
}
