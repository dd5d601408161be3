import { createHash } from 'node:crypto';
import { WdtClient } from '../../packages/client/dist/index.js';
import { startConstantServer } from './loopbackServer.mjs';
import { compare, row } from './timing.mjs';

const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210' };
const [secret, salt] = account.appSecret.split(':');

/** The least a caller could write: sign by hand, fetch, parse. */
function bareSignedFetch(url) {
  return async () => {
    const body = '["RK2004210014"]';
    const query = { key: account.appKey, method: 'wms.stockin.PreStockin.cancel', salt, sid: account.sid, timestamp: String(Math.floor(Date.now() / 1000) - 1325347200), v: '1.0' };
    const base = secret + 'body' + body + Object.keys(query).sort().map((k) => k + query[k]).join('') + secret;
    const sign = createHash('md5').update(base, 'utf8').digest('hex');
    const response = await fetch(`${url}?${new URLSearchParams({ ...query, sign })}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const envelope = await response.json();
    if (envelope.status !== 0) throw new Error(envelope.message);
    return envelope.data;
  };
}

const concurrently = (call, width) => async () => {
  await Promise.all(Array.from({ length: width }, () => call()));
};

/** Client overhead per call (sign, serialise, fetch, parse) against a bare signed fetch to the same server. */
export async function measureClientOverhead({ quick }) {
  const server = await startConstantServer();
  try {
    const wdt = new WdtClient({ ...account, baseUrl: server.url });
    const client = () => wdt.wms.stockin.PreStockin.cancel('RK2004210014');
    const bare = bareSignedFetch(server.url);
    const iterations = quick ? 20 : 1_000;
    const rounds = quick ? 3 : 7;
    const sequential = await compare({ subject: client, baseline: bare, iterations, rounds });
    const parallel = await compare({ subject: concurrently(client, 32), baseline: concurrently(bare, 32), iterations: Math.ceil(iterations / 32), rounds });
    return [
      row({ measure: 'client call, sequential (per call)', value: sequential.subject / iterations, baseline: sequential.baseline / iterations, ratio: sequential.subject / sequential.baseline, target: '<= 1.10' }),
      row({ measure: 'client call, 32 concurrent (per batch of 32)', value: parallel.subject / Math.ceil(iterations / 32), baseline: parallel.baseline / Math.ceil(iterations / 32), ratio: parallel.subject / parallel.baseline, target: '<= 1.10' }),
    ];
  } finally {
    await server.close();
  }
}
