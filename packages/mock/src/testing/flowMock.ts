// Test support: a mock of every spec'd method on a fixed clock, with a one-line signed call.
import type { Pager } from '@wdt-kit/core';
import { createMockFetch } from '../createMockFetch.js';
import type { MockEnvelope } from '../MockEnvelope.js';
import type { MockOptions } from '../MockWangdian.js';
import type { WdtMock } from '../WdtMock.js';
import { envelopeOf, FIXED_NOW_MS } from './callMock.js';

/** FIXED_NOW_MS in Beijing time: what the mock stamps on documents it creates. */
export const FIXED_NOW_TEXT = '2024-01-01 08:00:00';

/** The day around FIXED_NOW_MS, as a query's time range. */
export const TODAY = { start_time: '2024-01-01 00:00:00', end_time: '2024-01-02 00:00:00' } as const;

export interface FlowMock extends WdtMock {
  /** One signed call; the envelope it got. */
  call(method: string, args: readonly unknown[], pager?: Pager): Promise<MockEnvelope>;
}

/** A fresh mock with the flow methods (and the given options) on the fixed clock; calls are signed on the mock's clock. */
export function flowMock(options: MockOptions = {}): FlowMock {
  const now = options.now ?? (() => FIXED_NOW_MS);
  const mock = createMockFetch({ ...options, now });
  const call = (method: string, args: readonly unknown[], pager?: Pager) => envelopeOf(mock, { method, args, clientNowMs: now(), ...(pager ? { pager } : {}) });
  return Object.assign(mock, { call });
}
