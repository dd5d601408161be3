import { describe, expect, it } from 'vitest';
import { encodeRequest } from './encodeRequest.js';
import { verifyRequest } from './verifyRequest.js';

const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210' };
const nowMs = 1_704_067_200_000;
const findAccount = (sid: string) => (sid === account.sid ? account : undefined);

function signed(overrides: Partial<Parameters<typeof encodeRequest>[0]> = {}) {
  const encoded = encodeRequest({ credentials: account, method: 'wms.stockin.PreStockin.cancel', args: ['RK1'], nowMs, ...overrides });
  return { query: new URL(encoded.url).searchParams, body: encoded.body };
}

function tamper(mutate: (q: URLSearchParams) => void) {
  const request = signed();
  mutate(request.query);
  return request;
}

describe('verifyRequest accepts what encodeRequest signs', () => {
  it('plain call', () => {
    expect(verifyRequest({ ...signed(), nowMs, findAccount })).toEqual({ ok: true, sid: 'wdtapi3', method: 'wms.stockin.PreStockin.cancel', args: ['RK1'] });
  });
  it('paged call, with the pager parsed', () => {
    const result = verifyRequest({ ...signed({ pager: { pageSize: 50, pageNo: 2, calcTotal: true } }), nowMs, findAccount });
    expect(result).toMatchObject({ ok: true, pager: { pageSize: 50, pageNo: 2, calcTotal: true } });
  });
  it('a clock 119 s off either way', () => {
    expect(verifyRequest({ ...signed({ nowMs: nowMs + 119_000 }), nowMs, findAccount }).ok).toBe(true);
    expect(verifyRequest({ ...signed({ nowMs: nowMs - 119_000 }), nowMs, findAccount }).ok).toBe(true);
  });
});

describe('verifyRequest answers failures with the documented status and message', () => {
  it.each([
    ['unknown sid', tamper((q) => q.set('sid', 'nobody')), 1, 'sid is not exists'],
    ['wrong app key', tamper((q) => q.set('key', 'other')), 1, 'app auth fail'],
    ['wrong salt', tamper((q) => q.set('salt', 'x')), 1, '验证失败'],
    ['wrong sign', tamper((q) => q.set('sign', '0'.repeat(32))), 1, '验证失败'],
    ['changed method', tamper((q) => q.set('method', 'wms.stockin.PreStockin.search')), 1, '验证失败'],
    ['version', tamper((q) => q.set('v', '2.0')), 8, '版本错误'],
    ['milliseconds timestamp', tamper((q) => q.set('timestamp', '1665947116495')), 1, 'For input string: "1665947116495"'],
    ['clock 121 s ahead', signed({ nowMs: nowMs + 121_000 }), 7, '时间戳错误'],
    ['clock 121 s behind', signed({ nowMs: nowMs - 121_000 }), 7, '时间戳错误'],
    ['unsigned extra parameter', tamper((q) => q.set('extra', '1')), 1, '参数错误'],
  ])('%s', (_label, request, status, message) => {
    expect(verifyRequest({ ...request, nowMs, findAccount })).toEqual({ ok: false, status, message });
  });

  it('a changed body byte', () => {
    const request = signed();
    expect(verifyRequest({ ...request, body: request.body.replace('RK1', 'RK2'), nowMs, findAccount })).toMatchObject({ ok: false, status: 1 });
  });
});
