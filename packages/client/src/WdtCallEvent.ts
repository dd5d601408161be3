import type { WdtApiErrorKind } from '@wdt-kit/core';

/** What hooks and loggers see of each attempt. Never contains the secret or the request body. */
export interface WdtCallEvent {
  method: string;
  attempt: number;
  durationMs: number;
  /** With a rateLimiter: how long the attempt waited for a slot before it was sent, in ms. */
  waitedMs?: number;
  /** HTTP status, when a response arrived. */
  httpStatus?: number;
  /** Envelope status, when one was decoded. */
  status?: number;
  /** Set when the attempt failed. */
  error?: { name: string; kind?: WdtApiErrorKind | 'transport' | 'response'; message: string };
  /** Whether the client will try again. */
  willRetry: boolean;
  /** When it will: after how many ms (0 for the immediate clock-corrected retry). */
  retryDelayMs?: number;
}
