/**
 * What can go wrong with one call, on purpose:
 * - `latency`: the call runs on arrival; its answer is held back `ms` milliseconds.
 * - `rateLimit`: the call is verified but not run; status 100 with the rate-limit message of
 *   the error guide (per-minute call frequency by default, or the concurrency limit).
 * - `badGateway`: an nginx-style HTML page with HTTP 502; the call never reaches the API.
 * - `connectionReset`: the connection is reset before the call runs and before any response byte.
 * - `neverEnds`: the call runs, the response head arrives, the body never ends (a stalled gateway).
 * - `clockSkew`: the mock's clock is `ms` off for this call: the timestamp window and the Date header use it.
 * - `dropAfterExecute`: the call runs (its state change happens), then the connection is dropped
 *   before any response byte: the case a client must report as "outcome unknown".
 * - `itemErrors`: the call is verified but not run; status 0, with its item reported as failed where
 *   the method's spec says (`partialFailure`). No effect on methods without per-item failures.
 */
export type MockFault =
  | { type: 'latency'; ms: number }
  | { type: 'rateLimit'; limit?: 'frequency' | 'concurrency' }
  | { type: 'badGateway' }
  | { type: 'connectionReset' }
  | { type: 'neverEnds' }
  | { type: 'clockSkew'; ms: number }
  | { type: 'dropAfterExecute' }
  | { type: 'itemErrors' };

export type MockFaultType = MockFault['type'];

export const MOCK_FAULT_TYPES: readonly MockFaultType[] = ['latency', 'rateLimit', 'badGateway', 'connectionReset', 'neverEnds', 'clockSkew', 'dropAfterExecute', 'itemErrors'];

/** When a fault applies. */
export interface MockFaultRule {
  /** Only calls of this method (the `method` query parameter); default every call. */
  method?: string;
  /** The chance, from 0 to 1, that a matching call gets the fault; default 1. Rolled from the mock's fault seed. */
  probability?: number;
  /** At most this many calls get the fault; default no limit. */
  times?: number;
  fault: MockFault;
}

/** The error guide's two rate-limit messages (status 100). */
export const RATE_LIMIT_MESSAGES = {
  frequency: '超过每分钟最大调用频率限制，请稍后重试',
  concurrency: '超过每分钟最大并发次数限制，请稍后重试',
} as const;
