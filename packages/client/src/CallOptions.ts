import type { DecodedEnvelope, MethodMeta, Pager } from '@wdt-kit/core';

/** Per-call options of every typed method. */
export interface CallOptions {
  /** Cancels the call (an aborted write reports an unknown outcome if it may have been sent). */
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call, in milliseconds (covers each attempt). */
  timeoutMs?: number;
  /** Check arguments against the spec before sending (default: the client's setting, on). */
  validate?: boolean;
  /** Overrides the client's maxRetries for this call. */
  maxRetries?: number;
  /** Overrides the client's handling of failed items inside a successful answer (see WdtClientOptions). */
  itemErrors?: ItemErrorsMode;
}

/**
 * What to do when a successful answer reports failed items (methods whose spec has `partialFailure`,
 * e.g. a cancel of several documents where some could not be cancelled): `return` the data as it came
 * (read `error_data` or call `itemErrorsOf`), or `throw` a WdtItemErrorsError listing them.
 */
export type ItemErrorsMode = 'return' | 'throw';

/** Paging of one page request: 0-based page number, page size, whether to compute the total. */
export type PageOptions = Pager;

/** One page of a paged query. */
export interface WdtPage<Item, Data> {
  items: Item[];
  /** Total count when the server computed it (calcTotal), else undefined. */
  total: number | undefined;
  pageNo: number;
  pageSize: number;
  /** The whole `data` of the response. */
  data: Data;
}

/** Options of the untyped `call`: any method name, with the pager when it is a paged query. */
export interface RawCallOptions extends CallOptions {
  pager?: PageOptions;
  /** Whether a repeat is harmless; known methods take it from their spec, unknown ones default to false. */
  idempotent?: boolean;
}

/**
 * A check of a successful answer, run after decoding (e.g. throwItemErrors for methods whose answers
 * report failed items). Passed by the generated functions of the methods that need it, so a program
 * that imports other methods does not bundle it.
 */
export type AnswerCheck = (meta: MethodMeta, decoded: DecodedEnvelope, itemErrors: ItemErrorsMode) => void;
