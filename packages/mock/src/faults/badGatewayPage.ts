import type { MockHttpResponse } from '../MockHttpExchange.js';

// What an nginx in front of an application that is down answers; the docs mention HTML 502 pages
// from the gateway (protocol §7), never their text, so this is the common nginx one.
const BAD_GATEWAY_HTML = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

/** The HTTP 502 HTML page of the `badGateway` fault. */
export function badGatewayResponse(nowMs: number): MockHttpResponse {
  return { status: 502, headers: { 'Content-Type': 'text/html', Date: new Date(nowMs).toUTCString() }, body: BAD_GATEWAY_HTML };
}
