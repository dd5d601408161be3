import type { Pager } from '@wdt-kit/core';
import type { MockFaultType } from './faults/MockFault.js';

/** One POST to /openapi as the mock saw and answered it. Never holds a secret or a sign. */
export interface MockCall {
  /** The mock's clock when the call arrived (skewed, under a clockSkew fault), unix milliseconds. */
  time: number;
  /** The `sid` query parameter (also when the account was rejected). */
  sid: string;
  /** The `method` query parameter. */
  method: string;
  /** The positional arguments as sent; only for requests that passed verification. */
  args?: unknown[];
  pager?: Pager;
  /** The status of the answer envelope (0 = success); absent when no envelope was made (connectionReset, badGateway). */
  status?: number;
  /** The answer's message, for failures. */
  message?: string;
  /** The fault injected into this call, if any. */
  fault?: MockFaultType;
}
