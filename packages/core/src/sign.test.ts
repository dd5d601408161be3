import { describe, expect, it } from 'vitest';
import { parseAppSecret } from './credentials.js';
import { encodeRequest } from './encodeRequest.js';
import { signatureBase, signRequest } from './sign.js';
import { verifySignature } from './verifySignature.js';
import { testVectors } from './testVectors.js';

describe('signRequest reproduces every shared test vector', () => {
  it.each(testVectors)('$id: $method', (v) => {
    const { secret, salt } = parseAppSecret(v.credentials.appSecret);
    const params: Record<string, string> = {
      sid: v.credentials.sid,
      key: v.credentials.appKey,
      salt,
      method: v.method,
      timestamp: String(v.timestamp),
      v: '1.0',
      ...(v.pager ? { page_size: String(v.pager.page_size), page_no: String(v.pager.page_no), calc_total: String(v.pager.calc_total) } : {}),
    };
    expect(signRequest(params, v.body, secret)).toBe(v.sign);
    expect(verifySignature(params, v.body, secret, v.sign)).toBe(true);
  });

  it('builds the documented base string for V2 (secret on both ends, body as a pseudo-parameter)', () => {
    const v = testVectors.find((t) => t.id === 'V2')!;
    const params = { sid: 'wdtapi3', key: 'wdt_test', salt: 'fedcba9876543210fedcba9876543210', method: v.method, timestamp: '378720000', v: '1.0' };
    expect(signatureBase(params, v.body, '0123456789abcdef0123456789abcdef')).toBe(
      '0123456789abcdef0123456789abcdefbody["RK2004210014"]keywdt_testmethodwms.stockin.PreStockin.cancelsaltfedcba9876543210fedcba9876543210sidwdtapi3timestamp378720000v1.00123456789abcdef0123456789abcdef',
    );
  });
});

describe('encodeRequest reproduces the full URL and body of every vector', () => {
  it.each(testVectors)('$id', (v) => {
    const encoded = encodeRequest({
      credentials: v.credentials,
      method: v.method,
      args: JSON.parse(v.body),
      nowMs: v.unixSeconds * 1000 + 999,
      ...(v.pager ? { pager: { pageSize: v.pager.page_size, pageNo: v.pager.page_no, calcTotal: v.pager.calc_total === 1 } } : {}),
    });
    expect(encoded.url).toBe(v.url);
    expect(encoded.body).toBe(v.body);
    expect(encoded.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(encoded.url).not.toContain(parseAppSecret(v.credentials.appSecret).secret);
  });

  it.each([
    ['http://wdt.wangdian.cn', 'http://wdt.wangdian.cn/openapi?'],
    ['http://wdt.wangdian.cn/', 'http://wdt.wangdian.cn/openapi?'],
    ['http://127.0.0.1:8080/openapi', 'http://127.0.0.1:8080/openapi?'],
    ['http://127.0.0.1:8080/openapi/', 'http://127.0.0.1:8080/openapi?'],
  ])('accepts the base URL %s as host or endpoint', (baseUrl, prefix) => {
    const v = testVectors[1]!;
    const { url } = encodeRequest({ credentials: v.credentials, method: v.method, args: ['x'], nowMs: 0, baseUrl });
    expect(url.startsWith(prefix)).toBe(true);
  });
});

describe('verifySignature rejects any change', () => {
  const v = testVectors[3]!;
  const params = { sid: 'wdtapi3', key: 'wdt_test', salt: 'fedcba9876543210fedcba9876543210', method: v.method, timestamp: '378720000', v: '1.0', page_size: '100', page_no: '0', calc_total: '1' };
  const secret = '0123456789abcdef0123456789abcdef';
  it.each([
    ['a changed body byte', { ...params }, v.body.replace('00:00:00', '00:00:01'), v.sign],
    ['a changed page', { ...params, page_no: '1' }, v.body, v.sign],
    ['an upper-cased sign', { ...params }, v.body, v.sign.toUpperCase()],
    ['a truncated sign', { ...params }, v.body, v.sign.slice(1)],
  ])('%s', (_label, p, body, sign) => {
    expect(verifySignature(p, body, secret, sign)).toBe(false);
  });
});

describe('parseAppSecret', () => {
  it('splits at the first colon only', () => {
    expect(parseAppSecret('abc:def:ghi')).toEqual({ secret: 'abc', salt: 'def:ghi' });
  });
  it.each([
    ['no colon', 'S3cretValueNoColon', 'S3cretValueNoColon'],
    ['an empty secret', ':S4ltValue', 'S4ltValue'],
    ['an empty salt', 'S3cretValue:', 'S3cretValue'],
  ])('rejects %s with a message that does not echo the value', (_label, bad, fragment) => {
    expect(() => parseAppSecret(bad)).toThrowError(/secret:salt/);
    expect(() => parseAppSecret(bad)).not.toThrowError(fragment);
  });
});

describe('signatureBase', () => {
  it('sorts parameters it does not know among the known ones', () => {
    expect(signatureBase({ zz: '1', aa: '2', sid: 's', sign: 'ignored' }, '[]', 'S')).toBe('Saa2body[]sidszz1S');
  });

  // The keys are ordered by insertion since the signing bench found a general sort as slow as the md5.
  it.each<[string, Record<string, string>, string]>([
    ['in reverse order', { v: '1', timestamp: '2', sid: '3', salt: '4', method: '5', key: '6', calc_total: '7' }, 'Sbody[]calc_total7key6method5salt4sid3timestamp2v1S'],
    ['a query that carries `body` (its value is never signed: the body takes its place)', { key: 'k', body: 'forged' }, 'Sbody[]keykS'],
    ['undefined values (left out)', { key: 'k', sid: undefined as unknown as string }, 'Sbody[]keykS'],
    ['keys on both sides of body', { c: '3', bn: '2', bz: '4', a: '1' }, 'Sa1bn2body[]bz4c3S'],
  ])('orders %s', (_name, params, base) => {
    expect(signatureBase(params, '[]', 'S')).toBe(base);
  });
});
