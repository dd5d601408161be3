// Retry-After is honoured, up to a cap: the wait between attempts is at least what the server asked.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { WdtClient } from '../../packages/client/dist/index.js';
import { mockAccount } from '../support/repoRoot.js';

describe('Retry-After', () => {
  it.each([
    ['2 seconds', '2', 2000],
    ['an hour, capped at a minute', '3600', 60_000],
  ])('a 429 asking for %s waits that long before the next attempt', async (_name, header, expected) => {
    let requests = 0;
    const server = createServer((req, res) => {
      req.resume();
      requests++;
      if (requests === 1) res.writeHead(429, { 'retry-after': header, 'content-type': 'text/plain' }).end('Too Many Requests');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":0,"data":{}}');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const waits: number[] = [];
      const wdt = new WdtClient({ ...mockAccount, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi`, retryBaseDelayMs: 10, sleep: async (ms) => void waits.push(ms) });
      await wdt.wms.stockin.PreStockin.cancel('RK1');
      expect(requests).toBe(2);
      expect(waits).toHaveLength(1);
      expect(waits[0]).toBeGreaterThanOrEqual(expected);
      expect(waits[0]).toBeLessThanOrEqual(60_000);
    } finally {
      server.close();
    }
  });
});
