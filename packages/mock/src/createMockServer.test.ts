import { request as httpRequest } from 'node:http';
import { encodeRequest } from '@wdt-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockServer, type WdtMockServer } from './createMockServer.js';
import { DEFAULT_MOCK_ACCOUNT } from './defaultAccount.js';
import { FIXED_NOW_MS } from './testing/callMock.js';

const servers: WdtMockServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startServer(options: Parameters<typeof createMockServer>[0] = {}) {
  const server = await createMockServer({ now: () => FIXED_NOW_MS, ...options });
  servers.push(server);
  return server;
}

function signedCancel(baseUrl: string, preStockinNo: string) {
  return encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'wms.stockin.PreStockin.cancel', args: [preStockinNo], nowMs: FIXED_NOW_MS, baseUrl });
}

// Raw response headers, to see exactly what goes on the wire (fetch folds duplicates together).
function rawHeaders(url: string, body: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.rawHeaders));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('createMockServer: a real HTTP server on loopback', () => {
  it('listens on 127.0.0.1 at any free port and serves /openapi', async () => {
    const server = await startServer();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/openapi`);
    expect(server.port).toBeGreaterThan(0);
    const signed = signedCancel(server.url, 'RK2004210014');
    const response = await fetch(signed.url, { method: 'POST', headers: signed.headers, body: signed.body });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 0 });
    expect(server.state.resources.get('stockin.pre', 'RK2004210014')?.status).toBe(10); // 已取消
    expect(server.calls).toEqual([expect.objectContaining({ method: 'wms.stockin.PreStockin.cancel', args: ['RK2004210014'], status: 0 })]);
  });

  it('sends one Date header, with the mock clock, and the content type and length', async () => {
    const server = await startServer();
    const signed = signedCancel(server.url, 'RK2004210015');
    const headers = await rawHeaders(signed.url, signed.body);
    const pairs = Array.from({ length: headers.length / 2 }, (_, i) => [headers[2 * i]!.toLowerCase(), headers[2 * i + 1]]);
    expect(pairs.filter(([name]) => name === 'date')).toEqual([['date', 'Mon, 01 Jan 2024 00:00:00 GMT']]);
    expect(pairs).toContainEqual(['content-type', 'application/json; charset=utf-8']);
    expect(pairs).toContainEqual(['content-length', '12']);
  });

  it('answers other verbs and paths with 404 JSON', async () => {
    const server = await startServer();
    const response = await fetch(server.url);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'wdt-mock answers POST /openapi only, not GET /openapi' });
  });

  it('refuses a body sent with no Content-Type (node:http sends none unless told) with status 1 参数错误', async () => {
    const server = await startServer();
    const signed = signedCancel(server.url, 'RK2004210014');
    const answer = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(signed.url, { method: 'POST' }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end(signed.body);
    });
    expect(JSON.parse(answer)).toEqual({ status: 1, message: '参数错误' });
    expect(server.state.resources.get('stockin.pre', 'RK2004210014')?.status).toBe(20); // 编辑中
  });

  it('has an in-process fetch that shares its state with the socket', async () => {
    const server = await startServer();
    const signed = signedCancel(server.url, 'RK2004210014');
    expect(await (await server.fetch(signed.url, { method: 'POST', headers: signed.headers, body: signed.body })).json()).toEqual({ status: 0 });
    const again = signedCancel(server.url, 'RK2004210014');
    expect(await (await fetch(again.url, { method: 'POST', headers: again.headers, body: again.body })).json()).toEqual({ status: 100, message: '入库单状态不为待审核或编辑中 ' });
  });

  it('close() stops listening, drops kept-alive connections and may be called twice', async () => {
    const server = await createMockServer();
    const signed = signedCancel(server.url, 'RK2004210015');
    await fetch(signed.url, { method: 'POST', body: signed.body, keepalive: true });
    await server.close();
    await server.close();
    await expect(fetch(server.url, { method: 'POST', body: '[]' })).rejects.toThrow();
  });

  it('reports a port that is taken', async () => {
    const server = await startServer();
    await expect(createMockServer({ port: server.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
