import type { ClockOffset, Pager, WdtCredentials } from '@wdt-kit/core';
import type { WdtRateLimiter } from '../rateLimit/WdtRateLimiter.js';
import type { WdtCallEvent } from '../WdtCallEvent.js';
import type { WdtAttemptLogger } from './consoleLogger.js';
import type { AttemptTransport } from './WdtMiddleware.js';

/** What every call of one client shares, fixed at construction: its options with the defaults filled in. */
export interface PipelineConfig extends WdtCredentials {
  readonly baseUrl: string;
  readonly now: () => number;
  readonly clock: ClockOffset;
  readonly retryBaseDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** sendStep wrapped in the user's middleware (just sendStep when there is none). */
  readonly transport: AttemptTransport;
  readonly onAttempt?: ((event: WdtCallEvent) => void) | undefined;
  readonly logger?: WdtAttemptLogger | undefined;
  /** Every attempt waits for a slot of it first (attemptStep); none: nothing waits. */
  readonly rateLimiter?: WdtRateLimiter | undefined;
}

/** One call as it goes through the steps; `attempt` and the clock fields change between attempts. */
export interface CallContext {
  readonly method: string;
  readonly args: readonly unknown[];
  readonly pager: Pager | undefined;
  readonly idempotent: boolean;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly signal: AbortSignal | undefined;
  /** 1-based number of the attempt under way. */
  attempt: number;
  /** An offset a status 7 suggested, used until the server accepts or rejects it (clockSkewStep). */
  candidateOffsetMs?: number | undefined;
  /** Whether the one clock-corrected retry of this call was used. */
  clockRetried?: boolean;
}
