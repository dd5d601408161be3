import type { WdtItemError } from './findItemErrors.js';
/**
 * Every error wdt-kit throws. Messages never contain the app secret: the secret is only ever
 * handled inside `signRequest`, and nothing here receives it.
 *
 * Fields set by a constructor are `declare`d: they are defined by the assignment, in the same order,
 * without a separate field definition first (what a bundle of one method would otherwise carry).
 */
export class WdtError extends Error {
  override name = 'WdtError';
}

/** The caller configured the client wrongly (e.g. an appSecret without a salt). */
export class WdtConfigError extends WdtError {
  override name = 'WdtConfigError';
}

export type WdtApiErrorKind =
  | 'auth'
  | 'param'
  | 'unknownField'
  | 'dynamicPassword'
  | 'ipDenied'
  | 'clockSkew'
  | 'version'
  | 'rateLimit'
  | 'business'
  | 'server';

// Appended to the message of an error whose call may have run on the server.
const OUTCOME_UNKNOWN = ' (outcome unknown: the server may have executed it)';

/** A call that failed: which method, after how many attempts. */
export class WdtCallError extends WdtError {
  override name = 'WdtCallError';
  declare readonly method: string;
  /** How many attempts were made before giving up (1 when there was no retry). */
  declare attempts: number;

  constructor(method: string, message: string, attempts = 1, options?: { cause?: unknown }) {
    super(message, options);
    this.method = method;
    this.attempts = attempts;
  }
}

/** The server answered with an envelope whose status is not 0. */
export class WdtApiError extends WdtCallError {
  override name = 'WdtApiError';
  declare readonly status: number;
  declare readonly kind: WdtApiErrorKind;

  constructor(init: { status: number; message: string; method: string; kind: WdtApiErrorKind; attempts?: number }) {
    super(init.method, `${init.method}: status ${init.status}: ${init.message}`, init.attempts);
    this.status = init.status;
    this.kind = init.kind;
    this.apiMessage = init.message;
  }

  /** The server's message, verbatim. */
  declare readonly apiMessage: string;
}

/**
 * The call succeeded (status 0) but the answer reports items that failed, where the method's spec says
 * it does (`partialFailure`). Thrown only when asked for (`itemErrors: 'throw'`); the call ran, so it
 * must not be repeated as a whole: the items that went through are done.
 */
export class WdtItemErrorsError extends WdtCallError {
  override name = 'WdtItemErrorsError';
  /** The failed items: what failed (when named) and the server's reason. */
  declare readonly itemErrors: readonly WdtItemError[];
  /** `data` of the answer, as the method returns it when nothing is thrown. */
  declare readonly data: unknown;

  constructor(init: { method: string; itemErrors: readonly WdtItemError[]; data: unknown; attempts?: number }) {
    const first = init.itemErrors[0];
    const summary = first ? `${first.item ? `${first.item}: ` : ''}${first.message}` : '';
    super(init.method, `${init.method}: ${init.itemErrors.length} item(s) failed${summary ? ` (first: ${summary})` : ''}`, init.attempts);
    this.itemErrors = init.itemErrors;
    this.data = init.data;
  }
}

/**
 * The request did not complete: connection refused, reset, timeout or abort. When the request may
 * have reached the server and the method is a write, `outcomeUnknown` is true: the write may or
 * may not have happened, and wdt-kit never repeats it on its own.
 */
export class WdtTransportError extends WdtCallError {
  override name = 'WdtTransportError';
  declare readonly reason: 'connect' | 'reset' | 'timeout' | 'abort' | 'network';
  declare readonly outcomeUnknown: boolean;

  constructor(init: {
    method: string;
    reason: WdtTransportError['reason'];
    message: string;
    outcomeUnknown: boolean;
    attempts?: number;
    cause?: unknown;
  }) {
    super(init.method, `${init.method}: ${init.message}${init.outcomeUnknown ? OUTCOME_UNKNOWN : ''}`, init.attempts, { cause: init.cause });
    this.reason = init.reason;
    this.outcomeUnknown = init.outcomeUnknown;
  }
}

/**
 * The server answered, but not with a usable Wangdian envelope (HTML gateway page, empty body, bad
 * JSON, a success envelope with an error HTTP status...). The request arrived, so for a write the
 * outcome is unknown unless the answer certainly means it did not run (HTTP 429 without a success envelope).
 */
export class WdtResponseError extends WdtCallError {
  override name = 'WdtResponseError';
  declare readonly httpStatus: number;
  /** The first characters of the body, to see what came back. */
  declare readonly snippet: string;
  /** The envelope's status when the body was an envelope (e.g. 0 in a 429 or 502 answer). */
  declare readonly envelopeStatus: number | undefined;
  /** A write that may have been executed: wdt-kit never repeats it on its own. */
  declare readonly outcomeUnknown: boolean;

  constructor(init: { method: string; httpStatus: number; message: string; body: string; attempts?: number; envelopeStatus?: number; outcomeUnknown?: boolean }) {
    const snippet = init.body.length > 200 ? `${init.body.slice(0, 200)}…` : init.body;
    const unknown = init.outcomeUnknown ?? false;
    super(init.method, `${init.method}: ${init.message} (HTTP ${init.httpStatus}): ${JSON.stringify(snippet)}${unknown ? OUTCOME_UNKNOWN : ''}`, init.attempts);
    this.httpStatus = init.httpStatus;
    this.snippet = snippet;
    this.envelopeStatus = init.envelopeStatus;
    this.outcomeUnknown = unknown;
  }
}

/**
 * Whether an unusable answer to a write leaves its outcome unknown: every answer means the request
 * arrived, except HTTP 429 without a success envelope (the gateway turned it away before it ran).
 */
export function responseOutcomeUnknown(idempotent: boolean, httpStatus: number, envelopeStatus?: number): boolean {
  return !idempotent && (httpStatus !== 429 || envelopeStatus === 0);
}

/** One broken rule found by `validateValue`. */
export interface ValidationIssue {
  /** Where, e.g. `args[0].detail_list[2].num`. */
  path: string;
  /** The broken rule, e.g. `type`, `required`, `enum`. */
  rule: string;
  message: string;
}

/** Issues as one line: `path: message; path: message` (error messages of arguments and options). */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}

/** Arguments did not match the method's spec; nothing was sent. */
export class WdtValidationError extends WdtError {
  override name = 'WdtValidationError';
  declare readonly method: string;
  declare readonly issues: ValidationIssue[];

  constructor(method: string, issues: ValidationIssue[]) {
    super(`${method}: invalid arguments: ${describeIssues(issues)}`);
    this.method = method;
    this.issues = issues;
  }
}

/**
 * Paging went wrong: the server answered a page with the same items as the page before (it ignores
 * page_no), so iterating on would never end or repeat items.
 */
export class WdtPaginationError extends WdtCallError {
  override name = 'WdtPaginationError';
  /** The 0-based page that repeated its predecessor. */
  declare readonly pageNo: number;

  constructor(init: { method: string; pageNo: number; message: string }) {
    super(init.method, `${init.method}: ${init.message}`);
    this.pageNo = init.pageNo;
  }
}
