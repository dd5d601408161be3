import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadMockFixtures } from './fixtures/loadMockFixtures.js';
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

function serve(wangdian: MockWangdian, req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('error', () => res.destroy());
  req.on('end', () => {
    try {
      deliver(res, wangdian.handle({ method: req.method ?? 'GET', url: req.url ?? '/', body: Buffer.concat(chunks) }));
    } catch (error) {
      // A bug in a behaviour: say so plainly instead of dropping the connection.
      const message = `wdt-mock failed: ${error instanceof Error ? error.message : String(error)}`;
      send(res, { status: 500, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify({ message }) });
    }
  });
}

/** A mock Wangdian on a real `node:http` server, by default on 127.0.0.1 and any free port. */
export async function createMockServer(options: MockServerOptions = {}): Promise<WdtMockServer> {
  const seed = options.fixtures ? { ...(await loadMockFixtures(options.fixtures)), ...options.seed } : options.seed;
  const wangdian = new MockWangdian({ ...options, ...(seed ? { seed } : {}) });
  const server = createServer((req, res) => serve(wangdian, req, res));
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
