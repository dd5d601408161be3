/** An HTTP request reduced to what the mock looks at; the same for the socket server and the in-process fetch. */
export interface MockHttpRequest {
  /** HTTP verb. */
  method: string;
  /** Path and query (`/openapi?…`), or an absolute URL: only the path and the query are used. */
  url: string;
  /** The raw body bytes, exactly as received (the sign covers them). */
  body: Uint8Array;
}

export interface MockHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A JSON response with the headers a Wangdian answer has. `Date` carries the mock's clock: the
 * client uses it to correct its clock after a status 7.
 */
export function jsonResponse(httpStatus: number, value: unknown, nowMs: number): MockHttpResponse {
  return {
    status: httpStatus,
    headers: { 'Content-Type': 'application/json; charset=utf-8', Date: new Date(nowMs).toUTCString() },
    body: JSON.stringify(value),
  };
}
