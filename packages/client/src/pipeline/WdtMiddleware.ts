import type { EncodedRequest, RawResponse } from '@wdt-kit/core';

/** One signed attempt as middleware sees it. `url` carries the salt and the sign: do not log it. */
export interface WdtAttemptRequest extends EncodedRequest {
  /** 1-based attempt number of the call. */
  readonly attempt: number;
  readonly idempotent: boolean;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
}

/** Sends one attempt and returns the raw answer (status, headers, body), or throws a WdtTransportError. */
export type AttemptTransport = (request: WdtAttemptRequest) => Promise<RawResponse>;

/**
 * Per-attempt middleware, as in Stainless and smithy clients: runs around every HTTP attempt (retries
 * included) after signing and before decoding, e.g. for tracing or metrics. Call `next(request)` to
 * send; what it throws or returns goes on to decoding and the retry decision as usual.
 *
 * @example
 * const timing: WdtMiddleware = async (request, next) => {
 *   const started = performance.now();
 *   try { return await next(request); } finally { metrics.observe(request.method, performance.now() - started); }
 * };
 */
export type WdtMiddleware = (request: WdtAttemptRequest, next: AttemptTransport) => Promise<RawResponse>;

/** The transport with each middleware around it, the first listed outermost. */
export function withMiddleware(transport: AttemptTransport, middleware: readonly WdtMiddleware[]): AttemptTransport {
  return middleware.reduceRight<AttemptTransport>((next, step) => (request) => step(request, next), transport);
}
