import { parseAppSecret, type WdtCredentials } from './credentials.js';
import { pagerParams, type Pager } from './pager.js';
import { signRequest } from './sign.js';
import { toWdtTimestamp } from './timestamp.js';

export const WDT_PRODUCTION_URL = 'http://wdt.wangdian.cn/openapi';
export const WDT_TEST_URL = 'http://47.92.239.46/openapi';
export const WDT_API_VERSION = '1.0';

export interface EncodeRequestInput {
  credentials: WdtCredentials;
  method: string;
  /** Positional arguments; serialised once, and exactly those bytes are signed and sent. */
  args: readonly unknown[];
  pager?: Pager | undefined;
  /** Unix milliseconds of "now" (already corrected for a known server clock offset). */
  nowMs: number;
  baseUrl?: string;
}

/** A signed request, ready to POST. It carries no secret. */
export interface EncodedRequest {
  method: string;
  url: string;
  /** The exact body that was signed. */
  body: string;
  headers: { 'Content-Type': 'application/json' };
  /** The query parameters, in the order they appear in the URL (sign last). */
  query: Record<string, string>;
}

/** Accepts a host (`http://wdt.wangdian.cn/`) or a full endpoint (`…/openapi`), as the official SDKs do. */
export function normalizeBaseUrl(baseUrl: string): string {
  // The query, one trailing slash and a final /openapi give way to /openapi.
  return baseUrl.replace(/(\/openapi)?\/?(\?.*)?$/, '/openapi');
}

/** Builds the signed request for one call: query string with sign, and the JSON body array. */
export function encodeRequest(input: EncodeRequestInput): EncodedRequest {
  const { secret, salt } = parseAppSecret(input.credentials.appSecret);
  const body = JSON.stringify(input.args);
  const paging = input.pager && pagerParams(input.pager);
  // Written in sorted key order, the order of the URL (the signature orders its own way), then sign.
  // Assigned one by one: object spreads here cost more than the signature (V8 clones them slowly).
  const query: Record<string, string> = {};
  if (paging) query.calc_total = paging.calc_total;
  query.key = input.credentials.appKey;
  query.method = input.method;
  if (paging) {
    query.page_no = paging.page_no;
    query.page_size = paging.page_size;
  }
  query.salt = salt;
  query.sid = input.credentials.sid;
  query.timestamp = String(toWdtTimestamp(input.nowMs));
  query.v = WDT_API_VERSION;
  query.sign = signRequest(query, body, secret);
  const url = `${normalizeBaseUrl(input.baseUrl ?? WDT_PRODUCTION_URL)}?${new URLSearchParams(query)}`;
  return { method: input.method, url, body, headers: { 'Content-Type': 'application/json' }, query };
}
