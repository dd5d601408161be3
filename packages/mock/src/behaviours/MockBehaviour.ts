import type { Pager } from '@wdt-kit/core';
import type { MockEnvelope } from '../MockEnvelope.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import type { MockState } from '../MockState.js';

/** One verified call whose arguments passed the spec's checks. */
export interface MockCallContext {
  spec: MockMethodSpec;
  /** The arguments as the server binds them (numeric strings in Map fields read as numbers; see bindArguments). */
  args: readonly unknown[];
  pager?: Pager;
  state: MockState;
  /** The mock's clock, unix milliseconds. */
  nowMs: number;
}

/**
 * How the mock answers one method. Synchronous on purpose: nothing can interleave between reading
 * the state and changing it, so every call is atomic.
 */
export type MockBehaviour = (call: MockCallContext) => MockEnvelope;
