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
import type { AnswerCheck, CallOptions, ItemErrorsMode, PageOptions, RawCallOptions, WdtPage } from './CallOptions.js';
import type { CallContext, PipelineConfig } from './pipeline/CallContext.js';
import { retryStep } from './pipeline/retryStep.js';
import { sendStep } from './pipeline/sendStep.js';
import type { WdtLogger, WdtLogLevel } from './pipeline/WdtLogger.js';
import { withMiddleware, type WdtMiddleware } from './pipeline/WdtMiddleware.js';
import type { WdtRateLimiter } from './rateLimit/WdtRateLimiter.js';
import type { WdtCallEvent } from './WdtCallEvent.js';
import { checkNumericOptions, validateClientOptions } from './validateClientOptions.js';

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
  /** Where to write log lines (e.g. `console`); none by default. Lines never carry the secret, salt or sign. */
  logger?: WdtLogger;
  /** `debug` logs every attempt (method, attempt, duration, status, error kind); default `warn`: retries only. */
  logLevel?: WdtLogLevel;
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
  readonly #options: Readonly<WdtClientOptions>;
  /** Shared with clients made by withOptions, so a learned clock offset serves them all. */
  readonly #clock: ClockOffset;
  /** The steps every call goes through, built once (see pipeline/). */
  readonly #pipeline: PipelineConfig;

  constructor(options: WdtClientOptions, clock: ClockOffset = new ClockOffset()) {
    validateClientOptions(options); // fail at construction, not at the first call
    this.#options = { ...options };
    this.#clock = clock;
    const fetchImpl: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
    this.#pipeline = {
      credentials: { sid: options.sid, appKey: options.appKey, appSecret: options.appSecret },
      baseUrl: options.baseUrl ?? WDT_PRODUCTION_URL,
      fetch: fetchImpl,
      now: options.now ?? Date.now,
      clock,
      maxResponseBytes: options.maxResponseBytes,
      retryBaseDelayMs: options.retryBaseDelayMs ?? 1000,
      sleep: options.sleep ?? defaultSleep,
      transport: withMiddleware(sendStep(fetchImpl, options.maxResponseBytes), options.middleware ?? []),
      onAttempt: options.onAttempt,
      logger: options.logger,
      logLevel: options.logLevel ?? 'warn',
      rateLimiter: options.rateLimiter,
    };
  }

  /** A client with other defaults (timeout, retries, validation, hooks) that shares this one's clock. */
  withOptions(options: Partial<Omit<WdtClientOptions, 'sid' | 'appKey' | 'appSecret'>>): this {
    const Ctor = this.constructor as new (options: WdtClientOptions, clock: ClockOffset) => this;
    return new Ctor({ ...this.#options, ...options }, this.#clock);
  }

  /** The base URL calls go to (never includes credentials). */
  get baseUrl(): string {
    return this.#options.baseUrl ?? WDT_PRODUCTION_URL;
  }

  /** Learned server clock offset in ms (server minus local): 0 until a status 7 taught one, and again once it expired. */
  get clockOffsetMs(): number {
    return this.#clock.current((this.#options.now ?? Date.now)());
  }

  /** Calls a non-paged method described by its metadata (used by the generated functions). */
  async invoke(meta: MethodMeta, args: readonly unknown[], options: CallOptions = {}, checkAnswer?: AnswerCheck): Promise<unknown> {
    this.#validate(meta, args, options);
    const decoded = await this.send(meta.method, trimTrailingUndefined(args), { ...options, idempotent: meta.idempotent });
    checkAnswer?.(meta, decoded, options.itemErrors ?? this.#options.itemErrors ?? 'return');
    return decoded.data;
  }

  /** Requests one page of a paged method. */
  async invokePage(meta: MethodMeta, args: readonly unknown[], pager: PageOptions, options: CallOptions = {}, checkAnswer?: AnswerCheck): Promise<WdtPage<unknown, unknown>> {
    if (!meta.paged) throw new TypeError(`${meta.method} is not a paged method`);
    if (!pager || !Number.isInteger(pager.pageSize) || pager.pageSize < 1) {
      throw new WdtValidationError(meta.method, [{ path: 'pager.pageSize', rule: 'required', message: 'a paged method needs a positive integer pageSize' }]);
    }
    if (meta.paged.maxPageSize && pager.pageSize > meta.paged.maxPageSize) {
      throw new WdtValidationError(meta.method, [{ path: 'pager.pageSize', rule: 'maximum', message: `at most ${meta.paged.maxPageSize}` }]);
    }
    this.#validate(meta, args, options);
    const envelope = await this.send(meta.method, trimTrailingUndefined(args), { ...options, pager, idempotent: meta.idempotent });
    checkAnswer?.(meta, envelope, options.itemErrors ?? this.#options.itemErrors ?? 'return');
    return toPage(meta, envelope, pager);
  }

  #validate(meta: MethodMeta, args: readonly unknown[], options: CallOptions): void {
    if ((options.validate ?? this.#options.validate) === false) return;
    const issues = validateArgs(trimTrailingUndefined(args), meta.args);
    if (issues.length > 0) throw new WdtValidationError(meta.method, issues);
  }

  /**
   * Signs and sends one call with retries: rate limits and unsent requests for every method,
   * timeouts and gateway failures only when idempotent; one clock-corrected retry on status 7.
   * The steps are in pipeline/ (retryStep → attemptStep: sign, middleware, send, decode; clockSkewStep, classifyStep).
   */
  send(method: string, args: readonly unknown[], options: RawCallOptions = {}): Promise<DecodedEnvelope> {
    const o = this.#options;
    if (options.maxRetries !== undefined || options.timeoutMs !== undefined) {
      try {
        checkNumericOptions(options);
      } catch (error) {
        return Promise.reject(error);
      }
    }
    const ctx: CallContext = {
      method,
      args,
      pager: options.pager,
      idempotent: options.idempotent ?? false,
      timeoutMs: options.timeoutMs ?? o.timeoutMs ?? 30_000,
      maxRetries: options.maxRetries ?? o.maxRetries ?? 2,
      signal: options.signal ?? o.signal,
      attempt: 1,
      candidateOffsetMs: undefined,
      clockRetried: false,
    };
    return retryStep(ctx, this.#pipeline);
  }
}

function trimTrailingUndefined(args: readonly unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return args.slice(0, end);
}

/** Where a paged method keeps its items and total, per its spec. */
export function toPage(meta: MethodMeta, envelope: DecodedEnvelope, pager: PageOptions): WdtPage<unknown, unknown> {
  const paged = meta.paged || { listKey: null, total: 'total' as const };
  const data = envelope.data;
  const list = paged.listKey === null ? data : (data as Record<string, unknown> | null | undefined)?.[paged.listKey];
  const total = paged.total === 'total' ? envelope.total : (data as { total_count?: unknown } | null | undefined)?.total_count;
  return {
    items: Array.isArray(list) ? list : [],
    total: typeof total === 'number' ? total : typeof total === 'string' && total !== '' && !Number.isNaN(Number(total)) ? Number(total) : undefined,
    pageNo: pager.pageNo ?? 0,
    pageSize: pager.pageSize,
    data,
  };
}
