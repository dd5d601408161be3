import autocannon from 'autocannon';
import { encodeRequest } from '../../packages/core/dist/index.js';
import { createMockServer } from '../../packages/mock/dist/index.js';
import { startConstantServer } from './loopbackServer.mjs';
import { row } from './timing.mjs';

const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210' };

async function requestsPerSecond(url, body, duration) {
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 32, duration });
  return result.requests.average;
}

/** Mock throughput with signature verification and argument checks against a bare node:http constant answer. */
export async function measureMockThroughput({ quick }) {
  const duration = quick ? 1 : 8;
  const mock = await createMockServer({ port: 0 });
  const bare = await startConstantServer('{"status":0}');
  try {
    // A signed, valid request for a method without state, so every request does the same work;
    // signed once: the mock's clock window (±120 s) covers the run.
    const request = encodeRequest({ credentials: account, method: 'wms.stockin.PreStockin.cancel', args: ['RK-NOT-THERE'], nowMs: Date.now(), baseUrl: mock.url });
    const query = request.url.slice(request.url.indexOf('?'));
    const bareRps = await requestsPerSecond(`${bare.url}${query}`, request.body, duration);
    const mockRps = await requestsPerSecond(request.url, request.body, duration);
    return [row({ measure: 'mock throughput (verify sign + args), requests/s', value: mockRps, baseline: bareRps, ratio: mockRps / bareRps, target: '>= 0.5', unit: 'req/s' })];
  } finally {
    await mock.close();
    await bare.close();
  }
}
