import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadMockFixtures } from './fixtures/loadMockFixtures.js';
import { payloadTooLargeResponse } from './limits/payloadTooLargePage.js';
import type { MockHttpResponse, MockReply } from './MockHttpExchange.js';
import { MockWangdian, type MockOptions } from './MockWangdian.js';
import { wdtMockOf, type WdtMock } from './WdtMock.js';

export interface MockServerOptions extends MockOptions {
  /** TCP port; default 0 (any free port, see `port` and `url`). */
  port?: number;
  /** Interface to listen on; default 127.0.0.1 (loopback only). */
  host?: string;
  /** A JSON or YAML file of seed documents (see loadMockFixtures); `seed` wins for a kind both give. */
  fixtures?: string;
  /** Milliseconds a client has to send the request head before the connection is cut (HTTP 408); default 10 000, 0 for none. */
  headersTimeoutMs?: number;
  /** Milliseconds a client has to send the whole request, head and body (HTTP 408); default 30 000 (or headersTimeoutMs if longer), 0 for none. */
  requestTimeoutMs?: number;
}

export const DEFAULT_HEADERS_TIMEOUT_MS: number = 10_000;
export const DEFAULT_REQUEST_TIMEOUT_MS: number = 30_000;

// node:http checks both timeouts every connectionsCheckingInterval (default 30 s), so a short
// timeout needs a check at least as often to be honoured.
function timeoutSettings(options: MockServerOptions) {
  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  // A long head timeout given alone stretches the default whole-request one (node requires head ≤ whole).
  const requestTimeout = options.requestTimeoutMs ?? (headersTimeout === 0 ? DEFAULT_REQUEST_TIMEOUT_MS : Math.max(DEFAULT_REQUEST_TIMEOUT_MS, headersTimeout));
  for (const [name, value] of [['headersTimeoutMs', headersTimeout], ['requestTimeoutMs', requestTimeout]] as const) {
    if (!(Number.isSafeInteger(value) && value >= 0)) throw new TypeError(`${name} must be a whole number of milliseconds, 0 or more`);
  }
  if (requestTimeout > 0 && headersTimeout > requestTimeout) throw new TypeError('headersTimeoutMs cannot exceed requestTimeoutMs');
  const shortest = Math.min(...[headersTimeout, requestTimeout].filter((ms) => ms > 0));
  return { headersTimeout, requestTimeout, connectionsCheckingInterval: Number.isFinite(shortest) ? Math.max(10, Math.min(1000, Math.floor(shortest / 2))) : 30_000 };
}

export interface WdtMockServer extends WdtMock {
  /** The port the server listens on. */
  readonly port: number;
  /** Stops listening and drops open connections (idempotent). */
  close(): Promise<void>;
}

// The host as it goes in a URL: brackets for IPv6; a wildcard address is reached through loopback.
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function send(res: ServerResponse, response: MockHttpResponse): void {
  res.writeHead(response.status, { ...response.headers, 'Content-Length': String(Buffer.byteLength(response.body)) });
  res.end(response.body);
}

function deliver(res: ServerResponse, reply: MockReply): void {
  switch (reply.kind) {
    case 'reset':
      res.socket?.resetAndDestroy();
      return;
    case 'close':
      res.socket?.destroy();
      return;
    case 'neverEnds':
      // The head goes out at once; the body stays open until the client or close() drops the socket.
      res.writeHead(reply.response.status, reply.response.headers);
      res.flushHeaders();
      return;
    case 'respond': {
      if (reply.delayMs <= 0) return send(res, reply.response);
      const timer = setTimeout(() => send(res, reply.response), reply.delayMs);
      res.once('close', () => clearTimeout(timer));
      return;
    }
  }
}

function answer(wangdian: MockWangdian, req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  try {
    deliver(res, wangdian.handle({ method: req.method ?? 'GET', url: req.url ?? '/', body, contentType: req.headers['content-type'] ?? null }));
  } catch (error) {
    // A bug in a behaviour: say so plainly instead of dropping the connection.
    const message = `wdt-mock failed: ${error instanceof Error ? error.message : String(error)}`;
    send(res, { status: 500, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify({ message }) });
  }
}

// How long a refused upload's connection stays half-closed: long enough for the client to read the
// 413, short enough that a client who keeps sending holds nothing for long.
const REFUSED_UPLOAD_LINGER_MS = 1000;

// HTTP 413, and the rest of the body is never read, so a 1 GiB upload costs the mock at most
// maxBodyBytes. Closing at once would make the kernel answer the unread bytes with a reset that can
// overtake the 413 (the client then sees ECONNRESET), so the mock half-closes after the page (FIN),
// stops reading and drops the connection after a short linger; node's own `Connection: close`
// handling would destroy it at once.
function refuseTooLarge(wangdian: MockWangdian, req: IncomingMessage, res: ServerResponse): void {
  req.pause();
  const socket = req.socket;
  res.once('finish', () => {
    socket.end();
    const linger = setTimeout(() => socket.destroy(), REFUSED_UPLOAD_LINGER_MS);
    socket.once('close', () => clearTimeout(linger));
  });
  send(res, payloadTooLargeResponse(wangdian.now()));
}

function serve(wangdian: MockWangdian, req: IncomingMessage, res: ServerResponse): void {
  const limit = wangdian.maxBodyBytes;
  // A declared length over the limit is refused before a byte of the body is read.
  if (Number(req.headers['content-length']) > limit) return refuseTooLarge(wangdian, req, res);
  const chunks: Buffer[] = [];
  let size = 0;
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= limit) return void chunks.push(chunk);
    // A chunked body that grows past the limit: drop what was read and stop reading.
    req.off('data', onData);
    chunks.length = 0;
    refuseTooLarge(wangdian, req, res);
  };
  req.on('data', onData);
  req.on('error', () => res.destroy());
  req.on('end', () => {
    if (size <= limit) answer(wangdian, req, res, Buffer.concat(chunks, size));
  });
}

/** A mock Wangdian on a real `node:http` server, by default on 127.0.0.1 and any free port. */
export async function createMockServer(options: MockServerOptions = {}): Promise<WdtMockServer> {
  const seed = options.fixtures ? { ...(await loadMockFixtures(options.fixtures)), ...options.seed } : options.seed;
  const wangdian = new MockWangdian({ ...options, ...(seed ? { seed } : {}) });
  const server = createServer({ ...timeoutSettings(options) }, (req, res) => serve(wangdian, req, res));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    }));
  return Object.assign(wdtMockOf(wangdian, `http://${urlHost(host)}:${port}/openapi`), { port, close });
}
