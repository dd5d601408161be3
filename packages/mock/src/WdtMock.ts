import type { MockCall } from './MockCall.js';
import type { MockState } from './MockState.js';
import type { MockWangdian } from './MockWangdian.js';

/** The standard fetch signature, so the mock can stand in for `fetch` anywhere (e.g. `new WdtClient({ fetch })`). */
export type MockFetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** A running mock: where to send requests, an in-process fetch, its state and what it was asked. */
export interface WdtMock {
  /** The endpoint to use as a client's baseUrl. */
  readonly url: string;
  /** Answers a request in process, without a socket, with the same handler as the server. */
  readonly fetch: MockFetchFunction;
  /** The documents of the stateful methods; inspect or change them between calls. */
  readonly state: MockState;
  /** Every call so far, oldest first. */
  readonly calls: readonly MockCall[];
  /** Back to the seed documents, with no recorded calls. */
  reset(): void;
}

/** A fetch that runs the mock's handler directly. Only the path and query of the URL matter. */
export function inProcessFetch(wangdian: MockWangdian): MockFetchFunction {
  return async (input, init) => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const body = new Uint8Array(await request.arrayBuffer());
    request.signal.throwIfAborted();
    const response = wangdian.handle({ method: request.method, url: request.url, body });
    return new Response(response.body, { status: response.status, headers: response.headers });
  };
}

/** The public face of a MockWangdian reachable at `url`. */
export function wdtMockOf(wangdian: MockWangdian, url: string): WdtMock {
  const fetch = inProcessFetch(wangdian);
  return {
    url,
    fetch,
    state: wangdian.state,
    get calls() {
      return wangdian.calls;
    },
    reset: () => wangdian.reset(),
  };
}
