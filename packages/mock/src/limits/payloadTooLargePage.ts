import type { MockHttpResponse } from '../MockHttpExchange.js';

/** The largest request body a mock reads by default. */
export const DEFAULT_MAX_BODY_BYTES: number = 10 * 1024 * 1024;

// What the nginx in front of the open API answers to a body over its limit (the docs name no
// limit; nginx's own page, like the badGateway fault's 502).
const PAYLOAD_TOO_LARGE_HTML = `<html>
<head><title>413 Request Entity Too Large</title></head>
<body>
<center><h1>413 Request Entity Too Large</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

/** HTTP 413 for a request body over `maxBodyBytes` (the socket server then closes the connection). */
export function payloadTooLargeResponse(nowMs: number): MockHttpResponse {
  return { status: 413, headers: { 'Content-Type': 'text/html', Date: new Date(nowMs).toUTCString() }, body: PAYLOAD_TOO_LARGE_HTML };
}

export function checkMaxBodyBytes(maxBodyBytes: number): void {
  if (!(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes > 0)) throw new TypeError('maxBodyBytes must be a positive whole number of bytes');
}
