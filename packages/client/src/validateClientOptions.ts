import { describeIssues, isHttpUrl, parseAppSecret, validateValue, WdtConfigError, type FieldSchema } from '@wdt-kit/core';

/** setTimeout fires at once for delays beyond a signed 32-bit int: the longest timeout that works. */
export const MAX_TIMEOUT_MS: number = 2 ** 31 - 1;

/** The options checked here, as a client or a call may carry them. */
export interface CheckedOptions {
  sid?: unknown;
  appKey?: unknown;
  appSecret?: unknown;
  baseUrl?: unknown;
  timeoutMs?: unknown;
  maxRetries?: unknown;
  retryBaseDelayMs?: unknown;
  maxResponseBytes?: unknown;
  logger?: unknown;
}

// The options a client or a call may carry, as a spec schema checked by the same validateValue as a
// method's arguments: the numbers each an integer in its range when given (undefined means the default).
const OPTIONS_SCHEMA: FieldSchema = {
  type: 'object',
  properties: {
    maxRetries: { type: 'integer', minimum: 0, maximum: 1000 },
    timeoutMs: { type: 'integer', minimum: 1, maximum: MAX_TIMEOUT_MS },
    retryBaseDelayMs: { type: 'integer', minimum: 0, maximum: MAX_TIMEOUT_MS },
    maxResponseBytes: { type: 'integer', minimum: 1 },
    // Made by consoleLogger (a function, so that programs without one do not bundle it); typeOf says 'function'.
    logger: { type: 'function' as FieldSchema['type'] },
  },
};

/**
 * Fails with WdtConfigError naming every wrong option of OPTIONS_SCHEMA: `maxRetries: NaN` retried
 * without end and `timeoutMs` ≥ 2^31 timed out at once.
 */
export function checkOptions(options: CheckedOptions): void {
  const issues = validateValue(options, OPTIONS_SCHEMA, 'WdtClient');
  if (issues.length > 0) throw new WdtConfigError(describeIssues(issues));
}

/**
 * Checks a client's options at construction: credentials present (plain JavaScript callers got a
 * TypeError from inside parseAppSecret), appSecret of the form secret:salt, an http(s) baseUrl, a
 * logger made by consoleLogger (a function), and numbers a timer and a retry loop can use.
 */
export function validateClientOptions(options: CheckedOptions): void {
  const missing = (['sid', 'appKey', 'appSecret'] as const).filter((key) => typeof options[key] !== 'string' || options[key] === '');
  const problem =
    missing.length > 0 ? `missing credentials: ${missing.join(', ')}`
    : options.baseUrl !== undefined && !isHttpUrl(options.baseUrl) ? 'baseUrl must be an http(s) URL'
    : undefined;
  if (problem) throw new WdtConfigError(`WdtClient: ${problem}`);
  parseAppSecret(options.appSecret as string);
  checkOptions(options);
}
