// Property-based: whatever the arguments, what the client signs the mock accepts, and any single
// changed byte of body, query or sign is rejected.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WdtApiError, WdtClient } from '../../packages/client/dist/index.js';
import { encodeRequest } from '../../packages/core/dist/index.js';
import { createMockFetch } from '../../packages/mock/dist/index.js';
import { mockAccount } from '../support/repoRoot.js';

// A method the mock has no spec for: it verifies the signature first, then answers 100 权限不足, so
// that answer proves the signature was accepted whatever the arguments are.
const PROBE_METHOD = 'fuzz.Probe.call';

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('<>&/', '</script>', '😀👍🏽🇨🇳', '\u0000\u0001\u001f\u007f\u2028\u2029', '\\"\\u0000', '旺店通 测试', '%E6%97%BA&sign=x', '\uFEFFbom', '\uD800'),
);
const hostileNumber = fc.oneof(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-0, 1e308, -1e-308, 0.1 + 0.2));
const { value: hostileValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
}));
const hostileArgs = fc.array(hostileValue, { maxLength: 6 });

describe('whatever the arguments, the mock accepts what the client signed', () => {
  it('holds for thousands of random argument arrays', async () => {
    const mock = createMockFetch();
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, validate: false });
    await fc.assert(
      fc.asyncProperty(hostileArgs, async (args) => {
        const error = await wdt.call(PROBE_METHOD, args).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WdtApiError);
        expect(error).toMatchObject({ status: 100, apiMessage: '权限不足' });
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('any single changed byte is rejected', () => {
  const mock = createMockFetch();
  const post = async (url: string, body: Uint8Array | string) => (await (await mock.fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).json()) as { status: number; message?: string };
  const signed = (args: unknown[]) => encodeRequest({ credentials: mockAccount, method: PROBE_METHOD, args, nowMs: Date.now(), baseUrl: mock.url });
  const rejected = (answer: { status: number; message?: string }) => answer.status !== 0 && !(answer.status === 100 && answer.message === '权限不足');
  /** A different byte at the same place. */
  const otherByte = (byte: number, shift: number) => (byte + 1 + (shift % 255)) % 256;

  it('of the body', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArgs, fc.nat(), fc.nat(), async (args, at, shift) => {
        const request = signed(args);
        const bytes = Buffer.from(request.body, 'utf8');
        const i = at % bytes.length;
        bytes[i] = otherByte(bytes[i]!, shift);
        expect(rejected(await post(request.url, bytes))).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('of a query parameter', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArgs, fc.constantFrom('sid', 'key', 'salt', 'method', 'timestamp', 'v'), fc.nat(), fc.nat(), async (args, name, at, shift) => {
        const request = signed(args);
        const url = new URL(request.url);
        const value = Buffer.from(url.searchParams.get(name)!, 'utf8');
        const i = at % value.length;
        value[i] = otherByte(value[i]!, shift % 94);
        url.searchParams.set(name, value.toString('latin1'));
        expect(rejected(await post(url.toString(), request.body))).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('of the sign', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArgs, fc.nat(31), fc.constantFrom(...'0123456789abcdefABCDEF'), async (args, i, replacement) => {
        const request = signed(args);
        const url = new URL(request.url);
        const sign = url.searchParams.get('sign')!;
        fc.pre(sign[i] !== replacement);
        url.searchParams.set('sign', sign.slice(0, i) + replacement + sign.slice(i + 1));
        expect(await post(url.toString(), request.body)).toEqual({ status: 1, message: '验证失败' });
      }),
      { numRuns: 1_000 },
    );
  });
});
