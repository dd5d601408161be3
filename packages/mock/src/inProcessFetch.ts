import { readBodyWithin } from './limits/readBodyWithin.js';
import { payloadTooLargeResponse } from './limits/payloadTooLargePage.js';
import type { MockHttpResponse } from './MockHttpExchange.js';
import type { MockWangdian } from './MockWangdian.js';

/** The standard fetch signature, so the mock can stand in for `fetch` anywhere (e.g. `new WdtClient({ fetch })`). */
export type MockFetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

// The errors Node's fetch (undici) rejects with when the server resets or closes the connection.
function connectionFailure(code: 'ECONNRESET' | 'UND_ERR_SOCKET'): TypeError {
  const cause =
    code === 'ECONNRESET'
      ? Object.assign(new Error('read ECONNRESET'), { errno: -104, code, syscall: 'read' })
      : Object.assign(new Error('other side closed'), { name: 'SocketError', code });
  return new TypeError('fetch failed', { cause });
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

// A body that never delivers a byte and never closes; aborting the request errors it, as undici does.
function neverEndingBody(signal: AbortSignal): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      // An abort that came first would otherwise never reach the stream: the read would wait forever.
      if (signal.aborted) controller.error(signal.reason);
      else signal.addEventListener('abort', () => controller.error(signal.reason), { once: true });
    },
  });
}

function toResponse(response: MockHttpResponse, body: BodyInit): Response {
  return new Response(body, { status: response.status, headers: response.headers });
}

/**
 * A fetch that runs the mock's handler directly. Only the path and query of the URL matter.
 * Faults come out as Node's fetch shows them: a rejected `TypeError('fetch failed')` whose cause
 * has code ECONNRESET (reset) or UND_ERR_SOCKET (connection closed), a delayed answer, or a body
 * that never ends; all of them honour the request's AbortSignal.
 */
export function inProcessFetch(wangdian: MockWangdian): MockFetchFunction {
  return async (input, init) => {
    const request = new Request(input, init);
    // The caller's own signal, not the Request's copy: undici's copy follows the caller's through a weak
    // reference, so once the Request is collected an abort never reaches a body still being read (a
    // never-ending body then hung a client's timeout under a loaded test run).
    const signal = init?.signal ?? (input instanceof Request ? input.signal : request.signal);
    signal.throwIfAborted();
    const body = await readBodyWithin(request, wangdian.maxBodyBytes);
    signal.throwIfAborted();
    if (!body) {
      const tooLarge = payloadTooLargeResponse(wangdian.now());
      return toResponse(tooLarge, tooLarge.body);
    }
    const reply = wangdian.handle({ method: request.method, url: request.url, body, contentType: request.headers.get('content-type') });
    switch (reply.kind) {
      case 'reset':
        throw connectionFailure('ECONNRESET');
      case 'close':
        throw connectionFailure('UND_ERR_SOCKET');
      case 'neverEnds':
        return toResponse(reply.response, neverEndingBody(signal));
      case 'respond':
        if (reply.delayMs > 0) await delay(reply.delayMs, signal);
        return toResponse(reply.response, reply.response.body);
    }
  };
}
