/** An HTTP request reduced to what the mock looks at; the same for the socket server, the in-process fetch and msw. */
export interface MockHttpRequest {
  /** HTTP verb. */
  method: string;
  /** Path and query (`/openapi?…`), or an absolute URL: only the path and the query are used. */
  url: string;
  /** The raw body bytes, exactly as received (the sign covers them). */
  body: Uint8Array;
  /**
   * The Content-Type header, null when the request has none. Left out (undefined) by a front door
   * that does not see headers: the content type is then not checked, as before it was.
   */
  contentType?: string | null | undefined;
}

export interface MockHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * How a front door must answer one request:
 * - `respond`: send `response`, after `delayMs`;
 * - `reset`: reset the connection (TCP RST) without sending a byte;
 * - `close`: close the connection without sending a byte;
 * - `neverEnds`: send the head of `response`, then a body that never ends.
 */
export type MockReply =
  | { kind: 'respond'; response: MockHttpResponse; delayMs: number }
  | { kind: 'reset' }
  | { kind: 'close' }
  | { kind: 'neverEnds'; response: MockHttpResponse };

// The Date header changes once a second: format it once a second, not once a call.
let dateSecond = Number.NaN;
let dateText = '';
function httpDate(nowMs: number): string {
  const second = Math.floor(nowMs / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(nowMs).toUTCString();
  }
  return dateText;
}

/**
 * A JSON response with the headers a Wangdian answer has. `Date` carries the mock's clock: the
 * client uses it to correct its clock after a status 7.
 */
export function jsonResponse(httpStatus: number, value: unknown, nowMs: number): MockHttpResponse {
  return {
    status: httpStatus,
    headers: { 'Content-Type': 'application/json; charset=utf-8', Date: httpDate(nowMs) },
    body: JSON.stringify(value),
  };
}
