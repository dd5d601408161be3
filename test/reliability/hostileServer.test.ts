// What the client does when the server misbehaves: each behaviour ends in the right typed error,
// within the timeout, and is retried only where that is safe (a write is never re-sent once it may
// have reached the server).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WdtClient, WdtResponseError, WdtTransportError } from '../../packages/client/dist/index.js';

type Behaviour = (req: IncomingMessage, res: ServerResponse) => void;

const TIMEOUT_MS = 400;
const MAX_RETRIES = 2;

const envelope = (res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
  res.writeHead(status, headers);
  res.end(body);
};

// Allocated once: filling 50 MB per request took longer than the 400 ms timeout on a loaded machine.
const FIFTY_MB = Buffer.alloc(50 * 1024 * 1024, 0x20);

const behaviours: Record<string, Behaviour> = {
  'HTML 502': (_req, res) => envelope(res, 502, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html' }),
  'empty 200': (_req, res) => envelope(res, 200, ''),
  'truncated JSON': (_req, res) => envelope(res, 200, '{"status":0,"data":{"order":[{"order_no":"A'),
  'JSON that is not an envelope': (_req, res) => envelope(res, 200, '[{"order_no":"A"}]'),
  'status as a string': (_req, res) => envelope(res, 200, '{"status":"0","data":{}}'),
  'a 50 MB body': (_req, res) => envelope(res, 200, FIFTY_MB),
  'a body that drips past the timeout': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"status":0,');
    const timer = setInterval(() => res.write(' '), 50);
    res.on('close', () => clearInterval(timer));
  },
  'a reset mid-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
    res.write('{"status":0,"da');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  'HTTP 429': (_req, res) => envelope(res, 429, 'Too Many Requests', { 'content-type': 'text/plain' }),
  'HTTP 429 with a success envelope': (_req, res) => envelope(res, 429, '{"status":0,"data":{}}'),
  'HTTP 503': (_req, res) => envelope(res, 503, 'Service Unavailable', { 'content-type': 'text/plain' }),
  'HTTP 504 gateway timeout': (_req, res) => envelope(res, 504, '<html><body><h1>504 Gateway Time-out</h1></body></html>', { 'content-type': 'text/html' }),
  'a 404 page': (_req, res) => envelope(res, 404, '<html><body><h1>404 Not Found</h1></body></html>', { 'content-type': 'text/html' }),
  'a redirect loop': (req, res) => envelope(res, 302, '', { location: req.url ?? '/' }),
  'corrupt gzip': (_req, res) => envelope(res, 200, Buffer.from('this is not gzip at all, just bytes'), { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
  'a wrong Content-Type (an HTML page with HTTP 200)': (_req, res) => envelope(res, 200, '<!DOCTYPE html><title>登录</title>', { 'content-type': 'text/html; charset=utf-8' }),
  'no answer at all': () => undefined,
};

type Expectation = { error: typeof WdtResponseError | typeof WdtTransportError; detail: Record<string, unknown>; writeAttempts: number; queryAttempts: number };
const all = MAX_RETRIES + 1;
// Response errors are retried only where a repeat can help (gateway answers, 429); a write only when
// it certainly did not run (429 without a success envelope).
const expectations: Record<string, Expectation> = {
  'HTML 502': { error: WdtResponseError, detail: { httpStatus: 502 }, writeAttempts: 1, queryAttempts: all },
  'empty 200': { error: WdtResponseError, detail: { httpStatus: 200 }, writeAttempts: 1, queryAttempts: 1 },
  'truncated JSON': { error: WdtResponseError, detail: {}, writeAttempts: 1, queryAttempts: 1 },
  'JSON that is not an envelope': { error: WdtResponseError, detail: {}, writeAttempts: 1, queryAttempts: 1 },
  'status as a string': { error: WdtResponseError, detail: {}, writeAttempts: 1, queryAttempts: 1 },
  'a 50 MB body': { error: WdtResponseError, detail: {}, writeAttempts: 1, queryAttempts: 1 },
  'a body that drips past the timeout': { error: WdtTransportError, detail: { reason: 'timeout' }, writeAttempts: 1, queryAttempts: all },
  'a reset mid-body': { error: WdtTransportError, detail: {}, writeAttempts: 1, queryAttempts: all },
  'HTTP 429': { error: WdtResponseError, detail: { httpStatus: 429 }, writeAttempts: all, queryAttempts: all },
  'HTTP 429 with a success envelope': { error: WdtResponseError, detail: { httpStatus: 429 }, writeAttempts: 1, queryAttempts: 1 },
  'HTTP 503': { error: WdtResponseError, detail: { httpStatus: 503 }, writeAttempts: 1, queryAttempts: all },
  'HTTP 504 gateway timeout': { error: WdtResponseError, detail: { httpStatus: 504 }, writeAttempts: 1, queryAttempts: all },
  'a 404 page': { error: WdtResponseError, detail: { httpStatus: 404 }, writeAttempts: 1, queryAttempts: 1 },
  'a redirect loop': { error: WdtResponseError, detail: { httpStatus: 302 }, writeAttempts: 1, queryAttempts: 1 },
  'corrupt gzip': { error: WdtResponseError, detail: {}, writeAttempts: 1, queryAttempts: 1 },
  'a wrong Content-Type (an HTML page with HTTP 200)': { error: WdtResponseError, detail: {}, writeAttempts: 1, queryAttempts: 1 },
  'no answer at all': { error: WdtTransportError, detail: { reason: 'timeout' }, writeAttempts: 1, queryAttempts: all },
};

let current: Behaviour = behaviours['HTML 502']!;
let requests = 0;
let baseUrl = '';
const sockets = new Set<Socket>();
const server = createServer((req, res) => {
  requests++;
  req.resume();
  current(req, res);
});
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  server.close();
});

// A 1 MiB response limit (the default is 32 MiB): the 50 MB body crosses it after 1 MiB, so the size
// check is what ends the call, not the 400 ms timeout on a busy machine (regression: flaky on CI).
const client = () => new WdtClient({ sid: 'wdtapi3', appKey: 'wdt_test', appSecret: 'a:b', baseUrl, timeoutMs: TIMEOUT_MS, maxRetries: MAX_RETRIES, maxResponseBytes: 1024 * 1024, sleep: async () => {} });

describe.each(Object.keys(behaviours))('server behaviour: %s', (name) => {
  const expected = expectations[name]!;

  it(`a write ends in ${expected.error.name} after ${expected.writeAttempts} attempt(s)`, async () => {
    current = behaviours[name]!;
    requests = 0;
    const started = Date.now();
    // A write the client must not repeat (weighing may consign the order: repeat.effect unknown).
    const error = await client().wms.stockout.Sales.weighingExt('xc1', '', 1.2, 0, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(expected.error);
    expect(error).toMatchObject({ ...expected.detail, attempts: expected.writeAttempts });
    // Every answer but a bare 429 means the write arrived: it may have run (regression: a 504 had no outcomeUnknown).
    expect((error as { outcomeUnknown: boolean }).outcomeUnknown).toBe(name !== 'HTTP 429');
    expect(requests).toBe(expected.writeAttempts);
    expect(Date.now() - started).toBeLessThan(expected.writeAttempts * TIMEOUT_MS + 2_000);
  });

  it(`an idempotent query ends in ${expected.error.name} after ${expected.queryAttempts} attempt(s)`, async () => {
    current = behaviours[name]!;
    requests = 0;
    const error = await client().call('wms.StockSpec.queryAll', [{}], { idempotent: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(expected.error);
    expect(error).toMatchObject({ attempts: expected.queryAttempts });
    expect((error as { outcomeUnknown: boolean }).outcomeUnknown).toBe(false);
    expect(requests).toBe(expected.queryAttempts);
  });
});

describe('a server that is not there', () => {
  it('is retried even for a write: the request never left', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    const wdt = new WdtClient({ sid: 'wdtapi3', appKey: 'wdt_test', appSecret: 'a:b', baseUrl: `http://127.0.0.1:${port}/openapi`, maxRetries: MAX_RETRIES, sleep: async () => {} });
    const error = await wdt.wms.stockout.Sales.weighingExt('xc1', '', 1.2, 0, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtTransportError);
    expect(error).toMatchObject({ reason: 'connect', outcomeUnknown: false, attempts: all });
  });
});
