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
  signal?: AbortSignal;
  /** Whether repeating the call is harmless: decides whether a failure after sending leaves the outcome unknown. */
  idempotent: boolean;
  /** Largest body accepted, in bytes (default 32 MiB); a longer one is cut off and reported. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES: number = 32 * 1024 * 1024;

// Error codes that mean the request never reached the server: safe to send again, even for writes.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
// Error codes of a body that arrived but cannot be decoded (corrupt gzip or deflate).
const UNDECODABLE = new Set(['Z_DATA_ERROR', 'Z_BUF_ERROR', 'Z_STREAM_ERROR', 'ERR_INVALID_CHAR']);
const RESET = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'ECONNABORTED']);

// Messages of fetch errors raised before a connection opened: blocked ports, unsupported schemes.
const NOT_SENT_MESSAGE = /^(bad port|unknown scheme|invalid url)/i;

function neverOpened(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NOT_SENT.has(code) || code === 'ERR_INVALID_URL')) return true;
    if (typeof message === 'string' && NOT_SENT_MESSAGE.test(message)) return true;
  }
  return false;
}

function causeCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

class BodyTooLarge extends Error {}

async function readBody(response: Response, maxBytes: number): Promise<string> {
  const bytes = await readStreamWithin(response.body, maxBytes);
  if (bytes === undefined) throw new BodyTooLarge();
  // As sent: a byte-order mark stays (it makes the body no JSON envelope), invalid bytes become U+FFFD.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/**
 * One HTTP attempt: POSTs exactly the signed bytes and reads the whole body within the timeout.
 * Redirects are not followed (Wangdian never redirects; a POST must not turn into a GET).
 * Failures become WdtTransportError, with outcomeUnknown when a write may have been executed, or
 * WdtResponseError when a response arrived but its body is unusable.
 */
export async function sendRequest(request: EncodedRequest, options: SendRequestOptions): Promise<RawResponse> {
  const { method } = request;
  // A URL fetch cannot use was never sent (and its parse error would quote the salt and sign).
  if (!isHttpUrl(request.url)) {
    throw new WdtTransportError({ method, reason: 'connect', message: 'invalid URL: the base URL must be an http(s) URL', outcomeUnknown: false });
  }
  if (options.signal?.aborted) {
    throw new WdtTransportError({ method, reason: 'abort', message: 'aborted by the caller before sending', outcomeUnknown: false, cause: options.signal.reason });
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let response: Response | undefined;
  try {
    response = await options.fetch(request.url, { method: 'POST', headers: { ...request.headers }, body: request.body, signal: controller.signal, redirect: 'manual' });
    const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw new BodyTooLarge();
    const body = await readBody(response, maxBytes);
    return { httpStatus: response.status, headers: response.headers, body };
  } catch (thrown) {
    const code = causeCode(thrown);
    const error = redactCause(thrown, [request.query.salt ?? '', request.query.sign ?? '']);
    const httpStatus = response?.status ?? 0;
    if (thrown instanceof BodyTooLarge) {
      throw new WdtResponseError({ method, httpStatus, message: `response body larger than ${options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES} bytes`, body: '', outcomeUnknown: responseOutcomeUnknown(options.idempotent, httpStatus) });
    }
    if (response && code && UNDECODABLE.has(code) && !timedOut) {
      throw new WdtResponseError({ method, httpStatus, message: `response body could not be decoded (${code})`, body: '', outcomeUnknown: responseOutcomeUnknown(options.idempotent, httpStatus) });
    }
    // A URL fetch cannot use was never sent (checked only on failure: parsing it costs every call).
    if (!response && !isHttpUrl(request.url)) {
      throw new WdtTransportError({ method, reason: 'connect', message: 'invalid URL: the base URL must be an http(s) URL', outcomeUnknown: false });
    }
    const neverSent = !response && neverOpened(thrown);
    const outcomeUnknown = !neverSent && !options.idempotent;
    if (timedOut) {
      throw new WdtTransportError({ method, reason: 'timeout', message: `no complete response within ${options.timeoutMs} ms`, outcomeUnknown, cause: error });
    }
    if (options.signal?.aborted) throw new WdtTransportError({ method, reason: 'abort', message: 'aborted by the caller', outcomeUnknown, cause: error });
    if (neverSent) throw new WdtTransportError({ method, reason: 'connect', message: `could not connect (${code ?? 'blocked before connecting'})`, outcomeUnknown: false, cause: error });
    const reason = code && RESET.has(code) ? 'reset' : 'network';
    throw new WdtTransportError({ method, reason, message: `connection failed${code ? ` (${code})` : ''}`, outcomeUnknown, cause: error });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** Whether fetch can send to this URL at all: parseable, http or https. */
export function isHttpUrl(url: unknown): boolean {
  try {
    return /^https?:$/.test(new URL(url as string).protocol);
  } catch {
    return false;
  }
}
