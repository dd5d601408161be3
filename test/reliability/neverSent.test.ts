// A request that never left is never "outcome unknown" (so even a write may be sent again), and no
// error keeps the signed URL's salt or sign in its cause chain (fetch errors quote the URL).
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { encodeRequest, sendRequest } from '../../packages/core/dist/index.js';
import { WdtClient, WdtTransportError } from '../../packages/client/dist/index.js';
import { mockAccount } from '../support/repoRoot.js';

const SALT = mockAccount.appSecret.split(':')[1]!;

async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/** Everything an error shows, its whole cause chain included. */
const shown = (error: unknown) => `${inspect(error, { depth: 10 })} ${JSON.stringify(error)}`;

describe('never sent', () => {
  // Regression: an invalid base URL and a blocked port were reported as "outcome unknown".
  it.each([
    ['a refused connection', async () => `http://127.0.0.1:${await closedPort()}/openapi`, 3],
    ['a port fetch blocks (6000)', async () => 'http://127.0.0.1:6000/openapi', 3],
  ])('%s: a write is outcomeUnknown false, retried, and no cause carries salt or sign', async (_name, urlOf, attempts) => {
    const wdt = new WdtClient({ ...mockAccount, baseUrl: await urlOf(), maxRetries: 2, sleep: async () => {} });
    const sign: string[] = [];
    const error = await wdt
      .withOptions({ fetch: (url, init) => (sign.push(new URL(url).searchParams.get('sign')!), fetch(url, init)) })
      .wms.stockin.PreStockin.cancel('RK1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtTransportError);
    expect(error).toMatchObject({ reason: 'connect', outcomeUnknown: false, attempts });
    expect(shown(error)).not.toContain(SALT);
    for (const value of sign) expect(shown(error)).not.toContain(value);
  });

  it.each([['http://exa mple.com/openapi'], ['ftp://example.com/openapi'], ['not a url']])('the invalid URL %s was never sent', async (baseUrl) => {
    const request = encodeRequest({ credentials: mockAccount, method: 'wms.stockin.PreStockin.cancel', args: ['RK1'], nowMs: Date.now(), baseUrl });
    const error = await sendRequest(request, { fetch: (url, init) => fetch(url, init), timeoutMs: 1000, idempotent: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtTransportError);
    expect(error).toMatchObject({ reason: 'connect', outcomeUnknown: false });
    expect(shown(error)).not.toContain(SALT);
    expect(shown(error)).not.toContain(request.query.sign);
  });

  it('a reset after sending keeps a cause without salt or sign', async () => {
    const request = encodeRequest({ credentials: mockAccount, method: 'wms.stockin.PreStockin.cancel', args: ['RK1'], nowMs: Date.now(), baseUrl: 'http://127.0.0.1:9/openapi' });
    // A custom fetch (a proxy agent, a tracing wrapper) may quote the URL in its error and in `input`.
    const quoting = async (url: string) => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error(`socket hang up at ${url}`), { code: 'ECONNRESET', input: url }) });
    };
    const error = await sendRequest(request, { fetch: quoting, timeoutMs: 1000, idempotent: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'reset', outcomeUnknown: true });
    expect(shown(error)).toContain('ECONNRESET');
    expect(shown(error)).not.toContain(SALT);
    expect(shown(error)).not.toContain(request.query.sign);
  });
});
