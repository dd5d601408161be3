import type { EncodedRequest } from './encodeRequest.js';
import { WdtTransportError } from './errors.js';

export type FetchLike = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<Response>;

export interface RawResponse {
  httpStatus: number;
  headers: Headers;
  body: string;
}

export interface SendRequestOptions {
  fetch: FetchLike;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Whether repeating the call is harmless: decides whether a failure after sending leaves the outcome unknown. */
  idempotent: boolean;
  /** Largest body accepted, in bytes; anything longer is cut off and reported. */
  maxBodyBytes?: number;
}

// Error codes that mean the request never reached the server: safe to send again, even for writes.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function causeCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

async function readBody(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw Object.assign(new Error(`response body larger than ${maxBytes} bytes`), { code: 'WDT_BODY_TOO_LARGE' });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * One HTTP attempt: POSTs exactly the signed bytes and reads the whole body within the timeout.
 * Failures become WdtTransportError, with outcomeUnknown when a write may have been executed.
 */
export async function sendRequest(request: EncodedRequest, options: SendRequestOptions): Promise<RawResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let sent = false;
  try {
    const response = await options.fetch(request.url, { method: 'POST', headers: { ...request.headers }, body: request.body, signal: controller.signal });
    sent = true;
    const body = await readBody(response, options.maxBodyBytes ?? 64 * 1024 * 1024);
    return { httpStatus: response.status, headers: response.headers, body };
  } catch (error) {
    const code = causeCode(error);
    const mayHaveRun = (sent || !NOT_SENT.has(code ?? '')) && !options.idempotent;
    if (timedOut) {
      throw new WdtTransportError({ method: request.method, reason: 'timeout', message: `no complete response within ${options.timeoutMs} ms`, outcomeUnknown: mayHaveRun, cause: error });
    }
    if (options.signal?.aborted) {
      throw new WdtTransportError({ method: request.method, reason: 'abort', message: 'aborted by the caller', outcomeUnknown: mayHaveRun, cause: error });
    }
    if (code === 'WDT_BODY_TOO_LARGE') {
      throw new WdtTransportError({ method: request.method, reason: 'network', message: (error as Error).message, outcomeUnknown: !options.idempotent, cause: error });
    }
    if (code && NOT_SENT.has(code)) {
      throw new WdtTransportError({ method: request.method, reason: 'connect', message: `could not connect (${code})`, outcomeUnknown: false, cause: error });
    }
    const reason = code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE' ? 'reset' : 'network';
    throw new WdtTransportError({ method: request.method, reason, message: `connection failed${code ? ` (${code})` : ''}`, outcomeUnknown: mayHaveRun, cause: error });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
