import { readStreamWithin } from './readStreamWithin.js';
import type { EncodedRequest } from './encodeRequest.js';
import { responseOutcomeUnknown, WdtResponseError, WdtTransportError } from './errors.js';
import { redactCause } from './redactCause.js';

export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal: AbortSignal; redirect: 'manual' },
) => Promise<Response>;

export interface RawResponse {
  httpStatus: number;
  headers: Headers;
  body: string;
}

export interface SendRequestOptions {
  fetch: FetchLike;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** Whether repeating the call is harmless: decides whether a failure after sending leaves the outcome unknown. */
  idempotent: boolean;
  /** Largest body accepted, in bytes (default 32 MiB); a longer one is cut off and reported. */
  maxBodyBytes?: number | undefined;
}

export const DEFAULT_MAX_BODY_BYTES: number = 2 ** 25; // 32 MiB

// Error codes of a request that never reached the server (safe to send again, even a write), of a
// body that arrived but cannot be decoded (zlib's Z_* codes: corrupt gzip or deflate), and of a connection reset.
const NOT_SENT = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|E(HOST|NET)UNREACH|UND_ERR_CONNECT_TIMEOUT|ERR_INVALID_URL)$/;
const UNDECODABLE = /^(Z_|ERR_INVALID_CHAR$)/;
const RESET = /^(ECONNRESET|UND_ERR_SOCKET|EPIPE|ECONNABORTED)$/;
// Messages of fetch errors raised before a connection opened: blocked ports, unsupported schemes, URLs fetch cannot parse.
const NOT_SENT_MESSAGE = /^(bad port|unknown scheme|invalid url)/i;

/** The first error code in a cause chain, and whether some link says the connection never opened. */
function inspectFailure(error: unknown): { code: string | undefined; neverOpened: boolean } {
  let code: string | undefined;
  let neverOpened = false;
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const link = e as { code?: unknown; message?: unknown };
    if (typeof link.code === 'string') {
      code ??= link.code;
      if (NOT_SENT.test(link.code)) neverOpened = true;
    }
    if (typeof link.message === 'string' && NOT_SENT_MESSAGE.test(link.message)) neverOpened = true;
  }
  return { code, neverOpened };
}

// Thrown inside sendRequest when a body passes the limit; caught there and reported.
const TOO_LARGE = Symbol(); // (no description: it never leaves this function)
// As sent: a byte-order mark stays (it makes the body no JSON envelope), invalid bytes become U+FFFD.
// One decoder serves every call (a one-shot decode keeps no state).
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * One HTTP attempt: POSTs exactly the signed bytes and reads the whole body within the timeout.
 * Redirects are not followed (Wangdian never redirects; a POST must not turn into a GET).
 * Failures become WdtTransportError, with outcomeUnknown when a write may have been executed, or
 * WdtResponseError when a response arrived but its body is unusable.
 */
export async function sendRequest(request: EncodedRequest, options: SendRequestOptions): Promise<RawResponse> {
  const { method } = request;
  const { signal, idempotent, timeoutMs } = options;
  const transportError = (reason: WdtTransportError['reason'], message: string, outcomeUnknown: boolean, cause?: unknown) =>
    new WdtTransportError({ method, reason, message, outcomeUnknown, cause });
  if (signal?.aborted) throw transportError('abort', 'aborted by the caller', false, signal.reason);
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let response: Response | undefined;
  try {
    response = await options.fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, signal: controller.signal, redirect: 'manual' });
    const bytes = Number(response.headers.get('content-length')) > maxBytes ? undefined : await readStreamWithin(response.body, maxBytes);
    if (bytes === undefined) throw TOO_LARGE;
    return { httpStatus: response.status, headers: response.headers, body: UTF8.decode(bytes) };
  } catch (thrown) {
    const { code, neverOpened } = inspectFailure(thrown);
    const httpStatus = response?.status ?? 0;
    const unusable = thrown === TOO_LARGE ? `response body larger than ${maxBytes} bytes` : response && code && UNDECODABLE.test(code) && !timedOut ? `response body could not be decoded (${code})` : undefined;
    if (unusable) throw new WdtResponseError({ method, httpStatus, message: unusable, body: '', outcomeUnknown: responseOutcomeUnknown(idempotent, httpStatus) });
    const error = redactCause(thrown, [request.query.salt ?? '', request.query.sign ?? '']);
    const neverSent = !response && neverOpened;
    const outcomeUnknown = !neverSent && !idempotent;
    if (timedOut) throw transportError('timeout', `no complete response within ${timeoutMs} ms`, outcomeUnknown, error);
    if (signal?.aborted) throw transportError('abort', 'aborted by the caller', outcomeUnknown, error);
    if (neverSent) throw transportError('connect', `could not connect (${code ?? 'blocked before connecting'})`, false, error);
    throw transportError(code && RESET.test(code) ? 'reset' : 'network', `connection failed${code ? ` (${code})` : ''}`, outcomeUnknown, error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
