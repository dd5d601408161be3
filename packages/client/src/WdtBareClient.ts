import {
  backoffDelayMs,
  ClockOffset,
  clockOffsetCandidate,
  decodeEnvelope,
  encodeRequest,
  parseAppSecret,
  sendRequest,
  shouldRetry,
  validateArgs,
  WdtApiError,
  WdtCallError,
  WdtResponseError,
  WdtTransportError,
  WdtValidationError,
  WDT_PRODUCTION_URL,
  type DecodedEnvelope,
  type FetchLike,
  type MethodMeta,
  type WdtCredentials,
} from '@wdt-kit/core';
import type { AnswerCheck, CallOptions, ItemErrorsMode, PageOptions, RawCallOptions, WdtPage } from './CallOptions.js';
import type { WdtCallEvent } from './WdtCallEvent.js';
import { wrapData } from './wrapData.js';

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
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function describeError(error: unknown): WdtCallEvent['error'] {
  if (error instanceof WdtApiError) return { name: error.name, kind: error.kind, message: error.message };
  if (error instanceof WdtTransportError) return { name: error.name, kind: 'transport', message: error.message };
  if (error instanceof WdtResponseError) return { name: error.name, kind: 'response', message: error.message };
  return { name: (error as Error)?.name ?? 'Error', message: String((error as Error)?.message ?? error) };
}

/**
 * The client without the method tree: signs, sends, retries and decodes one call. Per-method
 * functions (`@wdt-kit/client` exports one per method) take it as their first argument, so a
 * program that calls one method bundles only that method.
 */
export class WdtBareClient {
  readonly #options: Readonly<WdtClientOptions>;
  /** Shared with clients made by withOptions, so a learned clock offset serves them all. */
  readonly #clock: ClockOffset;

  constructor(options: WdtClientOptions, clock: ClockOffset = new ClockOffset()) {
    parseAppSecret(options.appSecret); // fail at construction, not at the first call
    for (const key of ['sid', 'appKey'] as const) {
      if (!options[key]) throw new TypeError(`WdtClient: ${key} is required`);
    }
    this.#options = { ...options };
    this.#clock = clock;
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
    return wrapData(meta, decoded.data);
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
   */
  async send(method: string, args: readonly unknown[], options: RawCallOptions = {}): Promise<DecodedEnvelope> {
    const o = this.#options;
    const fetchImpl: FetchLike = o.fetch ?? ((url, init) => fetch(url, init));
    const now = o.now ?? Date.now;
    const maxRetries = options.maxRetries ?? o.maxRetries ?? 2;
    const idempotent = options.idempotent ?? false;
    const signal = options.signal ?? o.signal;
    let clockRetried = false;
    // An offset a status 7 suggested: tried on the next attempt, kept only if the server accepts it.
    let candidateOffset: number | undefined;
    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      const sentAtMs = now() + (candidateOffset ?? this.#clock.current(now()));
      const request = encodeRequest({ credentials: o, method, args, ...(options.pager ? { pager: options.pager } : {}), nowMs: sentAtMs, baseUrl: this.baseUrl });
      let httpStatus: number | undefined;
      try {
        const response = await sendRequest(request, {
          fetch: fetchImpl,
          timeoutMs: options.timeoutMs ?? o.timeoutMs ?? 30_000,
          ...(signal ? { signal } : {}),
          ...(o.maxResponseBytes ? { maxBodyBytes: o.maxResponseBytes } : {}),
          idempotent,
        });
        httpStatus = response.httpStatus;
        try {
          const decoded = decodeEnvelope({ method, httpStatus: response.httpStatus, contentType: response.headers.get('content-type'), body: response.body, idempotent });
          if (candidateOffset !== undefined) this.#clock.adopt(candidateOffset, now());
          o.onAttempt?.({ method, attempt, durationMs: Date.now() - started, httpStatus, status: 0, willRetry: false });
          return decoded;
        } catch (error) {
          // Any other envelope means the timestamp passed: the tried offset is the server's.
          if (error instanceof WdtApiError && error.kind !== 'clockSkew' && candidateOffset !== undefined) this.#clock.adopt(candidateOffset, now());
          if (error instanceof WdtApiError && error.kind === 'clockSkew' && !clockRetried) {
            const offset = clockOffsetCandidate({ dateHeader: response.headers.get('date'), sentAtMs, localNowMs: now() });
            if (offset !== undefined) {
              clockRetried = true;
              candidateOffset = offset;
              o.onAttempt?.({ method, attempt, durationMs: Date.now() - started, httpStatus, status: error.status, error: describeError(error), willRetry: true });
              continue;
            }
          }
          throw error;
        }
      } catch (error) {
        const retry = shouldRetry({ error, idempotent, attempt, maxRetries });
        o.onAttempt?.({
          method,
          attempt,
          durationMs: Date.now() - started,
          ...(httpStatus !== undefined ? { httpStatus } : {}),
          ...(error instanceof WdtApiError ? { status: error.status } : {}),
          error: describeError(error),
          willRetry: retry,
        });
        if (!retry) {
          if (error instanceof WdtCallError) error.attempts = attempt;
          throw error;
        }
        await (o.sleep ?? defaultSleep)(backoffDelayMs(attempt, o.retryBaseDelayMs ?? 1000));
        if (signal?.aborted) throw new WdtTransportError({ method, reason: 'abort', message: 'aborted by the caller', outcomeUnknown: false, attempts: attempt });
      }
    }
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
