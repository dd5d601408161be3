// Slow clients (a slowloris, a stalled upload) are cut off by node:http's header and whole-request
// timeouts instead of holding a connection of a shared mock forever. The tests wait for the cut,
// they do not time it.
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockServer, DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, type WdtMockServer } from '../createMockServer.js';

let server: WdtMockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// Sends `text` and never more; resolves with what the server sent before it closed the connection.
function stallAfter(url: string, text: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (data) => (answer += data.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(answer));
  });
}

describe('slow clients are cut off', () => {
  it('defaults: 10 s for the head, 30 s for the whole request', () => {
    expect([DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS]).toEqual([10_000, 30_000]);
  });

  it.each([
    ['a head that never ends', 'POST /openapi HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: applica'],
    ['a body that never comes', 'POST /openapi HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[1,'],
  ])('%s: HTTP 408, connection closed', async (_label, text) => {
    server = await createMockServer({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    expect(await stallAfter(server.url, text)).toMatch(/^HTTP\/1\.1 408 /);
  });

  it.each<[string, object]>([
    ['a negative timeout', { headersTimeoutMs: -1 }],
    ['a head timeout longer than the whole-request one', { headersTimeoutMs: 2000, requestTimeoutMs: 1000 }],
  ])('refuses %s', async (_label, options) => {
    await expect(createMockServer(options)).rejects.toThrow(TypeError);
  });
});
