import {
  ClockOffset,
  validateArgs,
  WdtValidationError,
  WDT_PRODUCTION_URL,
  type DecodedEnvelope,
  type FetchLike,
  type MethodMeta,
  type WdtCredentials,
} from '@wdt-kit/core';
import type { AnswerCheck, CallOptions, ItemErrorsMode, PageOptions, RawCallOptions } from './CallOptions.js';
import type { CallContext, PipelineConfig } from './pipeline/CallContext.js';
import { retryStep } from './pipeline/retryStep.js';
import { sendStep } from './pipeline/sendStep.js';
import type { WdtAttemptLogger } from './pipeline/consoleLogger.js';
import { withMiddleware, type WdtMiddleware } from './pipeline/WdtMiddleware.js';
import type { WdtRateLimiter } from './rateLimit/WdtRateLimiter.js';
import type { WdtCallEvent } from './WdtCallEvent.js';
import { checkOptions, validateClientOptions } from './validateClientOptions.js';

export type { CallOptions, PageOptions, RawCallOptions, WdtPage } from './CallOptions.js';

export interface WdtClientOptions extends WdtCredentials {
  /** Endpoint or host; default the documented production endpoint. */
  baseUrl?: string;
  /** Custom fetch (e.g. the mock's in-process fetch); default the global fetch. */
  fetch?: FetchLike;
  /** Clock in unix milliseconds; default Date.now. */
  now?: () => number;
  /** Per-attempt timeout in ms; default 30 000. */
  timeoutMs?: number;
  /** Retries after the first attempt; default 2. */
  maxRetries?: number;
  /** First backoff delay in ms; default 1000 (rate limits ask for patience). */
  retryBaseDelayMs?: number;
  /** Check arguments against the spec before sending; default true. */
  validate?: boolean;
  /** Sees every attempt (method, attempt, duration, status, error kind). Never the secret. */
  onAttempt?: (event: WdtCallEvent) => void;
  /** Cancels every call made through this client (typically set with withOptions for a batch). */
  signal?: AbortSignal;
  /** Largest response body accepted, in bytes; default 32 MiB. */
  maxResponseBytes?: number;
  /** Failed items inside a successful answer: `return` them with the data (default) or `throw` WdtItemErrorsError. */
  itemErrors?: ItemErrorsMode;
  /** For tests: how to wait between retries. */
  sleep?: (ms: number) => Promise<void>;
  /** Per-attempt middleware `(request, next) => response`, first listed outermost (tracing, metrics...). */
  middleware?: readonly WdtMiddleware[];
  /**
   * Log lines per attempt, none by default: `consoleLogger('debug')` logs every attempt (method, attempt,
   * duration, status, error kind), `consoleLogger()` retries only. Lines never carry the secret, salt or sign.
   */
  logger?: WdtAttemptLogger;
  /**
   * Every attempt waits for a slot of it (per-minute and concurrency budgets) before it is sent;
   * shared by withOptions clones. `createRateLimiter` for one process, `@wdt-kit/rate-limit-redis`
   * for many. None by default: nothing waits.
   */
  rateLimiter?: WdtRateLimiter;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The client without the method tree: signs, sends, retries and decodes one call. Per-method
 * functions (`@wdt-kit/client` exports one per method) take it as their first argument, so a
 * program that calls one method bundles only that method.
 */
export class WdtBareClient {
  /** The options with the defaults filled in, and what the steps of every call share (see pipeline/). */
  readonly #pipeline: PipelineConfig & Readonly<WdtClientOptions>;

  constructor(options: WdtClientOptions, clock: ClockOffset = new ClockOffset()) {
    validateClientOptions(options); // fail at construction, not at the first call
    this.#pipeline = {
      ...options,
      baseUrl: options.baseUrl ?? WDT_PRODUCTION_URL,
      now: options.now ?? Date.now,
      clock,
      retryBaseDelayMs: options.retryBaseDelayMs ?? 1000,
      sleep: options.sleep ?? defaultSleep,
      transport: withMiddleware(sendStep(options.fetch ?? ((url, init) => fetch(url, init)), options.maxResponseBytes), options.middleware ?? []),
    };
  }

  /** A client with other defaults (timeout, retries, validation, hooks) that shares this one's clock. */
  withOptions(options: Partial<Omit<WdtClientOptions, 'sid' | 'appKey' | 'appSecret'>>): this {
    // Of this client's class (WdtClient keeps its tree); the clock is shared, so a learned offset serves them all.
    return new (this.constructor as new (options: WdtClientOptions, clock: ClockOffset) => this)({ ...this.#pipeline, ...options }, this.#pipeline.clock);
  }

  /** The base URL calls go to (never includes credentials). */
  get baseUrl(): string {
    return this.#pipeline.baseUrl;
  }

  /** Learned server clock offset in ms (server minus local): 0 until a status 7 taught one, and again once it expired. */
  get clockOffsetMs(): number {
    return this.#pipeline.clock.current(this.#pipeline.now());
  }

  /**
   * Calls a non-paged method described by its metadata and returns its `data` (used by the generated
   * functions; the one of a method with a `dataWrapper` gives the answer its one shape with wrapData).
   */
  async invoke(meta: MethodMeta, args: readonly unknown[], options: CallOptions = {}, checkAnswer?: AnswerCheck): Promise<unknown> {
    return (await this.request(meta, args, options, checkAnswer)).data;
  }

  /**
   * Checks the arguments against the method's spec (unless `validate: false`), sends the call and
   * checks the answer: the decoded envelope (`invoke` and `invokePage` build on it).
   */
  async request(meta: MethodMeta, args: readonly unknown[], options: CallOptions & { pager?: PageOptions } = {}, checkAnswer?: AnswerCheck): Promise<DecodedEnvelope> {
    const trimmed = trimTrailingUndefined(args);
    if ((options.validate ?? this.#pipeline.validate) !== false) {
      const issues = validateArgs(trimmed, meta.args);
      if (issues.length > 0) throw new WdtValidationError(meta.method, issues);
    }
    const decoded = await this.#send(meta.method, trimmed, options, meta.idempotent);
    checkAnswer?.(meta, decoded, options.itemErrors ?? this.#pipeline.itemErrors ?? 'return');
    return decoded;
  }

  /**
   * Signs and sends one call with retries: rate limits and unsent requests for every method,
   * timeouts and gateway failures only when idempotent; one clock-corrected retry on status 7.
   * The steps are in pipeline/ (retryStep → attemptStep: sign, middleware, send, decode; clockSkewStep, classifyStep).
   */
  async send(method: string, args: readonly unknown[], options: RawCallOptions = {}): Promise<DecodedEnvelope> {
    return this.#send(method, args, options, options.idempotent ?? false);
  }

  // Not async: it hands on retryStep's promise (one promise less per call); callers are async, so what it throws rejects theirs.
  #send(method: string, args: readonly unknown[], options: RawCallOptions, idempotent: boolean): Promise<DecodedEnvelope> {
    const o = this.#pipeline;
    checkOptions(options); // a call's own timeoutMs and maxRetries (a microsecond for a few keys)
    const ctx: CallContext = {
      method,
      args,
      pager: options.pager,
      idempotent,
      timeoutMs: options.timeoutMs ?? o.timeoutMs ?? 30_000,
      maxRetries: options.maxRetries ?? o.maxRetries ?? 2,
      signal: options.signal ?? o.signal,
      attempt: 1,
    };
    return retryStep(ctx, this.#pipeline);
  }
}

function trimTrailingUndefined(args: readonly unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return args.slice(0, end);
}
