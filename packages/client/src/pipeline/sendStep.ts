import { sendRequest, type FetchLike, type RawResponse } from '@wdt-kit/core';
import type { AttemptTransport, WdtAttemptRequest } from './WdtMiddleware.js';

/** The innermost transport: one HTTP attempt through `fetch`, within the attempt's timeout. */
export function sendStep(fetch: FetchLike, maxResponseBytes: number | undefined): AttemptTransport {
  return (request: WdtAttemptRequest): Promise<RawResponse> =>
    sendRequest(request, { fetch, timeoutMs: request.timeoutMs, signal: request.signal, maxBodyBytes: maxResponseBytes, idempotent: request.idempotent });
}
