import type { MockFaultControls } from './faults/MockFaults.js';
import { inProcessFetch, type MockFetchFunction } from './inProcessFetch.js';
import type { MockCall } from './MockCall.js';
import type { MockState } from './MockState.js';
import type { MockWangdian } from './MockWangdian.js';

export type { MockFetchFunction } from './inProcessFetch.js';

/** A running mock: where to send requests, an in-process fetch, its state, its faults and what it was asked. */
export interface WdtMock {
  /** The endpoint to use as a client's baseUrl. */
  readonly url: string;
  /** Answers a request in process, without a socket, with the same handler as the server. */
  readonly fetch: MockFetchFunction;
  /** The documents of the stateful methods; inspect or change them between calls. */
  readonly state: MockState;
  /** The faults injected into calls: `add({ method?, probability?, times?, fault })`, `clear()`, `rules`. */
  readonly faults: MockFaultControls;
  /** Every call so far, oldest first (faulted ones too, with `fault`). */
  readonly calls: readonly MockCall[];
  /** Back to the seed documents and the initial faults, with no recorded calls. */
  reset(): void;
}

/** The public face of a MockWangdian reachable at `url`. */
export function wdtMockOf(wangdian: MockWangdian, url: string): WdtMock {
  const fetch = inProcessFetch(wangdian);
  return {
    url,
    fetch,
    state: wangdian.state,
    faults: wangdian.faults,
    get calls() {
      return wangdian.calls;
    },
    reset: () => wangdian.reset(),
  };
}
