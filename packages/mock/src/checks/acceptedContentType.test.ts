import { encodeRequest } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import { DEFAULT_MOCK_ACCOUNT } from '../defaultAccount.js';
import { MockWangdian } from '../MockWangdian.js';
import { FIXED_NOW_MS } from '../testing/callMock.js';
import { isAcceptedContentType } from './acceptedContentType.js';

describe('isAcceptedContentType: what the interface guide says the server takes', () => {
  it.each<[string | null, boolean]>([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON;charset=UTF-8', true],
    ['application/xml', true],
    ['application/x-www-form-urlencoded', false],
    ['text/plain;charset=UTF-8', false],
    ['multipart/form-data; boundary=x', false],
    ['application/jsonp', false],
    ['', false],
    [null, false],
  ])('%j: %s', (contentType, accepted) => {
    expect(isAcceptedContentType(contentType)).toBe(accepted);
  });
});

// Regression: the mock never looked at Content-Type, so a client sending form-urlencoded (or
// nothing) passed its tests and failed against the server.
describe('a request whose Content-Type the open API does not take', () => {
  const signedCancel = () =>
    encodeRequest({ credentials: DEFAULT_MOCK_ACCOUNT, method: 'wms.stockin.PreStockin.cancel', args: ['RK2004210015'], nowMs: FIXED_NOW_MS, baseUrl: 'http://wdt-mock.invalid/openapi' });

  it.each<[string, Record<string, string>]>([
    ['form-urlencoded', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['no Content-Type at all', {}],
  ])('%s: status 1 参数错误 in an HTTP 200 envelope; nothing runs and no fault budget is spent', async (_label, headers) => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, faults: [{ times: 1, fault: { type: 'latency', ms: 1 } }] });
    const signed = signedCancel();
    // A Blob without a type: fetch adds no Content-Type of its own (a string body would get text/plain).
    const response = await mock.fetch(signed.url, { method: 'POST', headers, body: new Blob([signed.body]) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 1, message: '参数错误' });
    expect(mock.state.resources.get('stockin.pre', 'RK2004210015')?.status).toBe(30); // 待审核
    expect(mock.faults.rules[0]).toMatchObject({ remaining: 1, applied: 0 });
    expect(mock.calls).toEqual([{ time: FIXED_NOW_MS, sid: DEFAULT_MOCK_ACCOUNT.sid, method: 'wms.stockin.PreStockin.cancel', status: 1, message: '参数错误' }]);
  });

  it('application/xml is taken, as the guide lists it; its body is the documented JSON array', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    const signed = signedCancel();
    const response = await mock.fetch(signed.url, { method: 'POST', headers: { 'Content-Type': 'application/xml' }, body: signed.body });
    expect(await response.json()).toEqual({ status: 0 });
  });

  it('a front door that does not report the header (contentType left out) is not checked, as custom doors were not', () => {
    const wangdian = new MockWangdian({ now: () => FIXED_NOW_MS });
    const signed = signedCancel();
    const reply = wangdian.handle({ method: 'POST', url: signed.url, body: new TextEncoder().encode(signed.body) });
    expect(reply).toMatchObject({ kind: 'respond', response: { body: '{"status":0}' } });
    const refused = wangdian.handle({ method: 'POST', url: signed.url, body: new TextEncoder().encode(signed.body), contentType: null });
    expect(refused).toMatchObject({ kind: 'respond', response: { body: '{"status":1,"message":"参数错误"}' } });
  });

  it('the client sends application/json', () => {
    expect(signedCancel().headers).toEqual({ 'Content-Type': 'application/json' });
  });
});
