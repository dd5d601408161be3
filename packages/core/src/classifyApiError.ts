import type { WdtApiErrorKind } from './errors.js';

// Rate limits are status 100 with one of these prefixes; the comma after them is full-width in the
// error guide and ASCII on some method pages, so only the prefix is matched.
// (A regular expression: a bundler keeps its characters as they are, where it escapes a string's.)
const RATE_LIMIT = /^超过每分钟最大(调用频率|并发次数)限制/;

const AUTH_MESSAGE = /^sid is not (exists|found)|验证失败|app auth fail|^签名错误|appkey/i;

/** Sorts a non-zero envelope status (plus its message) into a kind callers can branch on. */
export function classifyApiError(status: number, message: string): WdtApiErrorKind {
  switch (status) {
    case 1:
      return AUTH_MESSAGE.test(message) ? 'auth' : 'param';
    case 2:
      return 'unknownField';
    case 3:
      return 'dynamicPassword';
    case 6:
      return 'ipDenied';
    case 7:
      return 'clockSkew';
    case 8:
      return 'version';
    case 100:
      return isRateLimitMessage(message) ? 'rateLimit' : 'business';
    case 4:
    case 5:
      return 'server';
    default:
      return status >= 1000 || status === 99 ? 'server' : 'business';
  }
}

export function isRateLimitMessage(message: string): boolean {
  return RATE_LIMIT.test(message);
}
