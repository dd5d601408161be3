import { createHash } from 'node:crypto';
import { signatureBase, signRequest } from '../../packages/core/dist/index.js';
import { compare, row } from './timing.mjs';

/** Signing against a raw md5 of the same base string (the least any implementation must do). */
export async function measureSigning({ quick }) {
  const params = { sid: 'wdtapi3', key: 'wdt_test', salt: 'fedcba9876543210fedcba9876543210', method: 'sales.TradeQuery.queryWithDetail', timestamp: '378720000', v: '1.0', page_size: '100', page_no: '0', calc_total: '1' };
  const body = JSON.stringify([{ start_time: '2024-01-01 00:00:00', end_time: '2024-01-01 01:00:00', shop_no: '店铺001' }]);
  const secret = '0123456789abcdef0123456789abcdef';
  const base = signatureBase(params, body, secret);
  const { subject, baseline } = await compare({
    subject: () => signRequest(params, body, secret),
    baseline: () => createHash('md5').update(base, 'utf8').digest('hex'),
    iterations: quick ? 2_000 : 100_000,
    rounds: quick ? 3 : 7,
  });
  return [row({ measure: 'signing: signRequest vs raw md5 of the base string', value: subject, baseline, ratio: subject / baseline, target: '<= 1.5' })];
}
