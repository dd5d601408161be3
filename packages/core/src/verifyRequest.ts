import { parseAppSecret, type WdtCredentials } from './credentials.js';
import { WDT_API_VERSION } from './encodeRequest.js';
import type { Pager } from './pager.js';
import { verifySignature } from './verifySignature.js';
import { toWdtTimestamp, WDT_TIMESTAMP_WINDOW_SECONDS } from './timestamp.js';

export type VerifiedRequest =
  | { ok: true; sid: string; method: string; pager?: Pager; args: unknown[] }
  | { ok: false; status: number; message: string };

export interface VerifyRequestInput {
  query: URLSearchParams;
  /** The raw body bytes as received, decoded as UTF-8. */
  body: string;
  /** The server's clock, unix milliseconds. */
  nowMs: number;
  /** The account registered for a sid, or undefined. */
  findAccount(sid: string): WdtCredentials | undefined;
}

// The parameters a client may send; anything else is not signed by a real client and rejected.
const SIGNED_PARAMS = ['sid', 'key', 'salt', 'method', 'timestamp', 'v', 'page_size', 'page_no', 'calc_total'];

/**
 * The server side of the protocol: checks account, version, timestamp window and signature, in
 * the order the real server reports them, with the documented status codes and messages
 * (error-code guide qjbguide_cwmsm), then parses the body array.
 */
export function verifyRequest(input: VerifyRequestInput): VerifiedRequest {
  // One pass over the query (each URLSearchParams.get is a scan): the first value of each name, as
  // get() answers, and whether a name is unknown or repeated (refused after the account checks).
  const params: Record<string, string> = {};
  let sign: string | undefined;
  let unknownOrRepeated = false;
  for (const [name, value] of input.query) {
    if (name === 'sign') sign ??= value;
    else if (!SIGNED_PARAMS.includes(name) || Object.hasOwn(params, name)) unknownOrRepeated = true;
    else params[name] = value;
  }
  const get = (name: string) => params[name] ?? '';
  const account = input.findAccount(get('sid'));
  if (!account) return { ok: false, status: 1, message: 'sid is not exists' };
  const { secret, salt } = parseAppSecret(account.appSecret);
  if (get('key') !== account.appKey) return { ok: false, status: 1, message: 'app auth fail' };
  if (get('v') !== WDT_API_VERSION) return { ok: false, status: 8, message: '版本错误' };
  const timestamp = get('timestamp');
  if (!/^-?\d{1,10}$/.test(timestamp) || Math.abs(Number(timestamp)) > 2147483647) {
    return { ok: false, status: 1, message: `For input string: "${timestamp}"` };
  }
  if (Math.abs(Number(timestamp) - toWdtTimestamp(input.nowMs)) > WDT_TIMESTAMP_WINDOW_SECONDS) {
    return { ok: false, status: 7, message: '时间戳错误' };
  }
  if (unknownOrRepeated) return { ok: false, status: 1, message: '参数错误' };
  if (get('salt') !== salt || !verifySignature(params, input.body, secret, sign ?? '')) {
    return { ok: false, status: 1, message: '验证失败' };
  }
  let args: unknown;
  try {
    args = JSON.parse(input.body);
  } catch {
    return { ok: false, status: 1, message: '参数错误' };
  }
  if (!Array.isArray(args)) return { ok: false, status: 1, message: 'invalid argument count' };
  const verified: VerifiedRequest = { ok: true, sid: account.sid, method: get('method'), args };
  if (Object.hasOwn(params, 'page_size') || Object.hasOwn(params, 'page_no')) {
    const pageSize = Number(get('page_size'));
    const pageNo = Number(get('page_no') || '0');
    if (!Number.isInteger(pageSize) || pageSize < 1 || !Number.isInteger(pageNo) || pageNo < 0) {
      return { ok: false, status: 1, message: '参数错误' };
    }
    verified.pager = { pageSize, pageNo, calcTotal: get('calc_total') === '1' };
  }
  return verified;
}
