import { describe, expect, it } from 'vitest';
import { createMockFetch } from './createMockFetch.js';
import { envelopeOf, FIXED_NOW_MS } from './testing/callMock.js';
import { fixtureMethods } from './testing/fixtureMethods.js';

// Regression: SDKs' smoke test system.Core.now has no doc page, hence no spec, and the mock
// answered it like an unknown method: 100 权限不足.
describe('system.Core.now', () => {
  it.each<[string, Parameters<typeof createMockFetch>[0]]>([
    ['with every spec', {}],
    ['with a method table of its own', { methods: fixtureMethods }],
  ])('answers the mock clock in epoch milliseconds, %s', async (_label, options) => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, ...options });
    expect(await envelopeOf(mock, { method: 'system.Core.now', args: [] })).toEqual({ status: 0, data: FIXED_NOW_MS });
  });

  it('answers the skewed clock under a clockSkew fault, as the Date header does', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, faults: [{ fault: { type: 'clockSkew', ms: 60_000 } }] });
    expect(await envelopeOf(mock, { method: 'system.Core.now', args: [] })).toEqual({ status: 0, data: FIXED_NOW_MS + 60_000 });
  });

  it('takes no argument, as any method binds its arguments', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    expect(await envelopeOf(mock, { method: 'system.Core.now', args: [{}] })).toEqual({ status: 1, message: '参数个数错误' });
  });

  it('still leaves an unknown system method unknown', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    expect(await envelopeOf(mock, { method: 'system.Core.later', args: [] })).toEqual({ status: 100, message: '权限不足' });
  });
});
