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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Mock throughput with signature verification and argument checks against a bare node:http constant
 * answer. On a shared machine the load drifts over a run (the bare server alone went from 13k to
 * 29k req/s between runs), so the two are measured in alternating rounds and the ratio is the
 * median of the rounds' ratios, not one long run of each.
 */
export async function measureMockThroughput({ quick }) {
  const rounds = quick ? 1 : 3;
  const duration = quick ? 1 : 3;
  const mock = await createMockServer({ port: 0 });
  const bare = await startConstantServer('{"status":0}');
  try {
    // A signed, valid request for a method without state, so every request does the same work;
    // signed once: the mock's clock window (±120 s) covers the run.
    const request = encodeRequest({ credentials: account, method: 'wms.stockin.PreStockin.cancel', args: ['RK-NOT-THERE'], nowMs: Date.now(), baseUrl: mock.url });
    const query = request.url.slice(request.url.indexOf('?'));
    const samples = [];
    for (let round = 0; round < rounds; round++) {
      const bareRps = await requestsPerSecond(`${bare.url}${query}`, request.body, duration);
      const mockRps = await requestsPerSecond(request.url, request.body, duration);
      samples.push({ bareRps, mockRps, ratio: mockRps / bareRps });
    }
    const ratio = median(samples.map((sample) => sample.ratio));
    const middle = samples.find((sample) => sample.ratio === ratio);
    return [row({ measure: 'mock throughput (verify sign + args), requests/s', value: middle.mockRps, baseline: middle.bareRps, ratio, target: '>= 0.5', unit: 'req/s' })];
  } finally {
    await mock.close();
    await bare.close();
  }
}
