// `@wdt-kit/mock/msw`: the mock as msw request handlers, for test suites that already intercept
// fetch with msw. msw is an optional peer dependency, imported only by this entry point.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { payloadTooLargeResponse } from './limits/payloadTooLargePage.js';
import { readBodyWithin } from './limits/readBodyWithin.js';
import type { MockReply } from './MockHttpExchange.js';
import { MockWangdian, type MockOptions } from './MockWangdian.js';
import { wdtMockOf, type WdtMock } from './WdtMock.js';

export interface WdtHandlersOptions extends MockOptions {
  /**
   * Which requests to answer, as an msw path pattern; default any origin's `/openapi`
   * (`*\/openapi`), so the production, test and any custom base URL are all served.
   */
  url?: string;
}

/** msw handlers that run one MockWangdian, with the mock itself (state, calls, faults, reset) as `mock`. */
export interface WdtHandlers extends Array<HttpHandler> {
  readonly mock: WdtMock;
}

// msw hands a mocked response to the caller as it is, so an abort after the head could not end a
// body that never ends; a response that never starts is what msw can stall and still abort.
const NEVER = new Promise<never>(() => {});

async function respond(reply: MockReply): Promise<Response> {
  switch (reply.kind) {
    // msw has one way to fail a request at the network level: fetch rejects with a TypeError.
    case 'reset':
    case 'close':
      return HttpResponse.error();
    case 'neverEnds':
      return NEVER;
    case 'respond':
      if (reply.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      return new HttpResponse(reply.response.body, { status: reply.response.status, headers: reply.response.headers });
  }
}

/**
 * Request handlers for msw that route every `?method=` call to one MockWangdian: the same
 * verification, argument checks, behaviours, faults and recorded calls as the server and the
 * in-process fetch. Two faults look different through msw: a reset or dropped connection is msw's
 * network error (`TypeError: Failed to fetch`, no error code), and `neverEnds` never sends the
 * head either (the call still runs).
 *
 * @example
 * const handlers = wdtHandlers();
 * const server = setupServer(...handlers);
 * server.listen();
 * const wdt = new WdtClient({ ...DEFAULT_MOCK_ACCOUNT, baseUrl: 'http://wdt.wangdian.cn/openapi' });
 * handlers.mock.state.purchaseOrders.list();
 */
export function wdtHandlers(options: WdtHandlersOptions = {}): WdtHandlers {
  const { url = '*/openapi', ...mockOptions } = options;
  const wangdian = new MockWangdian(mockOptions);
  const handler = http.all(url, async ({ request }) => {
    const body = await readBodyWithin(request, wangdian.maxBodyBytes);
    if (!body) return respond({ kind: 'respond', response: payloadTooLargeResponse(wangdian.now()), delayMs: 0 });
    return respond(wangdian.handle({ method: request.method, url: request.url, body, contentType: request.headers.get('content-type') }));
  });
  return Object.assign([handler], { mock: wdtMockOf(wangdian, url) });
}
