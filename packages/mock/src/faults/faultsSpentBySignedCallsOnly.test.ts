// Regression: strangers on a shared mock (no sign, a wrong sign, an unknown sid) drew fault rules
// before verification, using up a test's `times` budget and shifting its probability rolls.
import { encodeRequest } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import { DEFAULT_MOCK_ACCOUNT } from '../defaultAccount.js';
import { callMock, envelopeOf, FIXED_NOW_MS, type CallMockInput } from '../testing/callMock.js';
import type { WdtMock } from '../WdtMock.js';
import type { MockFaultRule } from './MockFault.js';

const query = { method: 'system.Core.now', args: [] };

const strangers: [string, Partial<CallMockInput>][] = [
  ['no sign', { tamper: (q) => q.delete('sign') }],
  ['a wrong sign', { tamper: (q) => q.set('sign', '0'.repeat(32)) }],
  ['a sid the mock does not know', { credentials: { ...DEFAULT_MOCK_ACCOUNT, sid: 'stranger' } }],
  ['a wrong secret', { credentials: { ...DEFAULT_MOCK_ACCOUNT, appSecret: `${'f'.repeat(32)}:${DEFAULT_MOCK_ACCOUNT.appSecret.split(':')[1]}` } }],
];

const strangerCalls = async (mock: WdtMock, count: number) => {
  for (let i = 0; i < count; i++) for (const [, input] of strangers) await callMock(mock, { ...query, ...input });
};

describe('fault rules are spent by correctly signed calls only', () => {
  it.each(strangers)('%s: the stranger is refused and the times budget stays for the signed call', async (_label, input) => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, faults: [{ times: 1, fault: { type: 'badGateway' } }] });
    for (let i = 0; i < 5; i++) expect((await callMock(mock, { ...query, ...input })).response.status).toBe(200);
    expect(mock.faults.rules[0]).toMatchObject({ remaining: 1, applied: 0 });
    const signed = encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, ...query, nowMs: FIXED_NOW_MS, baseUrl: mock.url });
    expect((await mock.fetch(signed.url, { method: 'POST', headers: signed.headers, body: signed.body })).status).toBe(502);
  });

  it('probability rolls: signed calls get the same faults whatever strangers send in between', async () => {
    const rule: MockFaultRule = { probability: 0.5, fault: { type: 'rateLimit' } };
    const pattern = async (withStrangers: boolean) => {
      const mock = createMockFetch({ now: () => FIXED_NOW_MS, faults: [rule], faultSeed: 3 });
      let seen = '';
      for (let i = 0; i < 24; i++) {
        if (withStrangers) await strangerCalls(mock, 1);
        seen += (await envelopeOf(mock, query)).status === 0 ? '.' : 'x';
      }
      return seen;
    };
    const quiet = await pattern(false);
    expect(quiet).toMatch(/x/);
    expect(await pattern(true)).toBe(quiet);
  });

  it('a signed call with a skewed clock still counts as signed: it spends the rule and fails on time', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, faults: [{ times: 1, fault: { type: 'latency', ms: 1 } }] });
    expect(await envelopeOf(mock, { ...query, clientNowMs: FIXED_NOW_MS + 600_000 })).toEqual({ status: 7, message: '时间戳错误' });
    expect(mock.faults.rules[0]).toMatchObject({ remaining: 0, applied: 1 });
  });
});

