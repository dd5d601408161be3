import type { WdtApiErrorKind } from './errors.js';

// Rate limits are status 100 with one of these prefixes; the comma after them is full-width in the
// error guide and ASCII on some method pages, so only the prefix is matched.
// (A regular expression: a bundler keeps its characters as they are, where it escapes a string's.)
const RATE_LIMIT = /^超过每分钟最大(调用频率|并发次数)限制/;

const AUTH_MESSAGE = /^sid is not (exists|found)|验证失败|app auth fail|^签名错误|appkey/i;

// The protocol's fixed statuses 2..8 (error-code guide); 1 and 100 depend on the message.
const KIND_OF_STATUS: Partial<Record<number, WdtApiErrorKind>> = { 2: 'unknownField', 3: 'dynamicPassword', 4: 'server', 5: 'server', 6: 'ipDenied', 7: 'clockSkew', 8: 'version' };

/** Sorts a non-zero envelope status (plus its message) into a kind callers can branch on. */
export function classifyApiError(status: number, message: string): WdtApiErrorKind {
  if (status === 1) return AUTH_MESSAGE.test(message) ? 'auth' : 'param';
  if (status === 100) return isRateLimitMessage(message) ? 'rateLimit' : 'business';
  return KIND_OF_STATUS[status] ?? (status >= 1000 || status === 99 ? 'server' : 'business');
}

export function isRateLimitMessage(message: string): boolean {
  return RATE_LIMIT.test(message);
}
