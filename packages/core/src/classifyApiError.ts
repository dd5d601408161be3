import type { WdtApiErrorKind } from './errors.js';

// Rate limits are status 100 with a message starting 超过每分钟最大 ("over the per-minute maximum"):
// 超过每分钟最大调用频率限制 (calls) or 超过每分钟最大并发次数限制 (concurrency), followed by a comma that
// is full-width in the error guide and ASCII on some method pages, so only the shared prefix is matched.
// (Written as escapes: non-ASCII bytes make every byte of a gzipped bundle cost a little more.)
const RATE_LIMIT = /^\u8d85\u8fc7\u6bcf\u5206\u949f\u6700\u5927/;

// sid is not exists/found, 验证失败 (verification failed), app auth fail, 签名错误 (wrong sign), appkey...
const AUTH_MESSAGE = /^sid is not (exists|found)|\u9a8c\u8bc1\u5931\u8d25|app auth fail|^\u7b7e\u540d\u9519\u8bef|appkey/i;

// The protocol's fixed statuses 2..8 (error-code guide); 1 and 100 depend on the message.
const KIND_OF_STATUS: Partial<Record<number, WdtApiErrorKind>> = { 2: 'unknownField', 3: 'dynamicPassword', 4: 'server', 5: 'server', 6: 'ipDenied', 7: 'clockSkew', 8: 'version' };

/** Sorts a non-zero envelope status (plus its message) into a kind callers can branch on. */
export function classifyApiError(status: number, message: string): WdtApiErrorKind {
  if (status === 1) return AUTH_MESSAGE.test(message) ? 'auth' : 'param';
  if (status === 100) return RATE_LIMIT.test(message) ? 'rateLimit' : 'business';
  return KIND_OF_STATUS[status] ?? (status >= 1000 || status === 99 ? 'server' : 'business');
}

export function isRateLimitMessage(message: string): boolean {
  return RATE_LIMIT.test(message);
}
