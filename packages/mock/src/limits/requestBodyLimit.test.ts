// Regression: the server read any body whole before looking at it; one unauthenticated 1 GiB
// upload grew the mock from 58 MB to 2 GB. Bodies over maxBodyBytes now get HTTP 413 unread.
import { connect, type Socket } from 'node:net';
import { encodeRequest } from '@wdt-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import { createMockServer, type WdtMockServer } from '../createMockServer.js';
import { DEFAULT_MOCK_ACCOUNT } from '../defaultAccount.js';
import { FIXED_NOW_MS } from '../testing/callMock.js';
import { DEFAULT_MAX_BODY_BYTES } from './payloadTooLargePage.js';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

let server: WdtMockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Upload {
  /** What the server answered before it closed the connection. */
  answer: string;
  /** Body bytes the client got to write before the server closed the connection. */
  written: number;
  /** The largest RSS growth of this process seen while uploading, in bytes. */
  rssGrowth: number;
}

/**
 * Streams a body of `total` bytes (one reused 64 KiB chunk, so the client allocates nothing) and
 * stops when the server closes the connection. `chunked`: no declared length, the server only
 * learns the size by reading.
 */
function upload(url: string, total: number, chunked: boolean): Promise<Upload> {
  const { port, pathname, search } = new URL(url);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const before = process.memoryUsage().rss;
  let peak = before;
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    let written = 0;
    let closed = false;
    // A client stops sending once the server has answered, as node's and undici's do.
    socket.on('data', (data) => (answer += data.toString('latin1')));
    socket.on('error', () => undefined); // EPIPE / ECONNRESET once the server cuts the upload
    socket.on('close', () => {
      closed = true;
      resolve({ answer, written, rssGrowth: peak - before });
    });
    socket.on('connect', async () => {
      const length = chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${total}`;
      socket.write(`POST ${pathname}${search} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${length}\r\n\r\n`);
      while (!closed && answer === '' && written < total) {
        if (chunked) socket.write(`${chunk.length.toString(16)}\r\n`);
        let flowing = socket.write(chunk);
        if (chunked) flowing = socket.write('\r\n');
        written += chunk.length;
        peak = Math.max(peak, process.memoryUsage().rss);
        if (!flowing) await new Promise((next) => (socket.once('drain', next), socket.once('close', next)));
      }
      if (!closed && answer === '') socket.end(chunked ? '0\r\n\r\n' : '');
    });
  });
}

const signedUrl = (baseUrl: string) =>
  encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'system.Core.now', args: [], nowMs: Date.now(), baseUrl }).url;

describe('request bodies over maxBodyBytes', () => {
  it('are limited to 10 MiB by default', () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(10 * MiB);
  });

  it.each([
    ['declared 1 GiB (Content-Length), a 1 MiB limit', false, MiB],
    ['streamed 1 GiB with no declared length (chunked), the default limit', true, undefined],
  ])('%s: HTTP 413 after at most the limit is read, the connection closed, memory flat', async (_label, chunked, maxBodyBytes) => {
    server = await createMockServer(maxBodyBytes === undefined ? {} : { maxBodyBytes });
    const result = await upload(signedUrl(server.url), GiB, chunked);
    expect(result.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.answer).toContain('413 Request Entity Too Large');
    // The client was stopped long before 1 GiB: the server read at most the limit plus socket buffers.
    expect(result.written).toBeLessThan(64 * MiB);
    expect(result.rssGrowth).toBeLessThan(64 * MiB);
    expect(server.calls).toEqual([]);
  });

  it('a body at the limit is read and answered', async () => {
    const signed = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'wms.stockin.PreStockin.cancel', args: ['RK2004210015'], nowMs: Date.now(), baseUrl: 'http://127.0.0.1/openapi' });
    server = await createMockServer({ maxBodyBytes: Buffer.byteLength(signed.body) });
    const response = await fetch(`${server.url}${new URL(signed.url).search}`, { method: 'POST', headers: signed.headers, body: signed.body });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 0 });
  });

  it('the in-process fetch answers 413 too, without reading the rest of a stream', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, maxBodyBytes: 1024 });
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(512));
      },
    });
    const signed = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'system.Core.now', args: [], nowMs: FIXED_NOW_MS, baseUrl: mock.url });
    const response = await mock.fetch(signed.url, { method: 'POST', headers: signed.headers, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(10);
    expect(mock.calls).toEqual([]);
  });

  it.each([0, -1, 1.5])('refuses maxBodyBytes %d', (maxBodyBytes) => {
    expect(() => createMockFetch({ maxBodyBytes })).toThrow(TypeError);
  });
});
