// The catalog-free entry (`@wdt-kit/client/bare`): the bare client, pagination and errors, without
// any method. With per-method entries (`@wdt-kit/client/methods/<method>`) a program loads, bundles
// and type-checks only the methods it imports, however large the catalog grows.
export { WdtBareClient, type WdtClientOptions } from './WdtBareClient.js';
export type { AnswerCheck, CallOptions, ItemErrorsMode, PageOptions, RawCallOptions, WdtPage } from './CallOptions.js';
export { throwItemErrors } from './throwItemErrors.js';
export { itemErrorsOf } from './itemErrorsOf.js';
export type { WdtCallEvent } from './WdtCallEvent.js';
export type { WdtMiddleware, WdtAttemptRequest, AttemptTransport } from './pipeline/WdtMiddleware.js';
export { consoleLogger, type WdtAttemptLogger, type WdtLogger, type WdtLogLevel } from './pipeline/consoleLogger.js';
export { invokePage, toPage } from './invokePage.js';
export { paginateItems, paginateTimeRange, type PaginateOptions, type PaginateRangeOptions } from './paginate.js';
export { splitTimeRange, formatWdtDateTime, parseWdtDateTime, parseSpan, type TimeWindow } from './timeWindows.js';
export {
  WdtError,
  WdtCallError,
  WdtApiError,
  WdtTransportError,
  WdtResponseError,
  WdtValidationError,
  WdtConfigError,
  WdtItemErrorsError,
  WdtPaginationError,
  WDT_PRODUCTION_URL,
  WDT_TEST_URL,
  type WdtApiErrorKind,
  type MethodMeta,
  type ValidationIssue,
  type WdtItemError,
  type RawResponse,
} from '@wdt-kit/core';
export type { WdtRateLimiter, WdtRateLimitLease, WdtRateLimitRequest } from './rateLimit/WdtRateLimiter.js';
export { bucketsOf, checkRateLimits, DEFAULT_RATE_WINDOW_MS, type RateBucket, type WdtRateBudget, type WdtRateLimits } from './rateLimit/WdtRateBudget.js';
export { createRateLimiter, InProcessRateLimiter, type InProcessRateLimiterOptions } from './rateLimit/InProcessRateLimiter.js';
export { waitForSlot } from './rateLimit/waitForSlot.js';
