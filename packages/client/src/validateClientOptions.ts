import { isHttpUrl, parseAppSecret, WdtConfigError } from '@wdt-kit/core';

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

// [option, least, greatest]: each must be an integer in that range when given.
const LIMITS: readonly (readonly [keyof CheckedOptions, number, number])[] = [
  ['maxRetries', 0, 1000],
  ['timeoutMs', 1, MAX_TIMEOUT_MS],
  ['retryBaseDelayMs', 0, MAX_TIMEOUT_MS],
  ['maxResponseBytes', 1, Number.MAX_SAFE_INTEGER],
];

/**
 * Fails with WdtConfigError naming every wrong numeric option: `maxRetries: NaN` retried without end
 * and `timeoutMs` ≥ 2^31 timed out at once. Undefined means "the default".
 */
export function checkNumericOptions(options: CheckedOptions): void {
  const problems = LIMITS.filter(([name, min, max]) => {
    const value = options[name] as number | undefined;
    return value !== undefined && !(Number.isInteger(value) && value >= min && value <= max);
  }).map(([name, min, max]) => `${name} must be an integer from ${min} to ${max}, got ${String(options[name])}`);
  if (problems.length > 0) throw new WdtConfigError(`WdtClient: ${problems.join('; ')}`);
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
    : options.logger !== undefined && typeof options.logger !== 'function' ? "logger must be a function such as consoleLogger('debug')"
    : undefined;
  if (problem) throw new WdtConfigError(`WdtClient: ${problem}`);
  parseAppSecret(options.appSecret as string);
  checkNumericOptions(options);
}
