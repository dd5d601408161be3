import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from './decodeEnvelope.js';
import { WdtApiError, WdtResponseError } from './errors.js';

const decode = (body: string, httpStatus = 200) => decodeEnvelope({ method: 'm.A.b', httpStatus, body });

describe('decodeEnvelope: success', () => {
  it.each([
    ['void method', '{"status":0}', { data: undefined }],
    ['object data', '{"status":0,"data":{"a":1}}', { data: { a: 1 } }],
    ['top-level total', '{"status":0,"total":3,"data":[1,2,3]}', { data: [1, 2, 3], total: 3 }],
    ['failures beside data (updateInvoice)', '{"status":0,"error_info":{"FP1":"发票不存在!"}}', { data: undefined }],
  ])('%s', (_label, body, expected) => {
    // The whole answer comes along: some methods report per-item failures beside data.
    expect(decode(body)).toEqual({ ...expected, envelope: JSON.parse(body) });
  });
});

describe('decodeEnvelope: integers beyond ±2^53 stay exact', () => {
  // Regression: an id of 9007199254740993 came back as 9007199254740992 (issue 16).
  it('arrive as decimal strings, everything else as JSON.parse gives it', () => {
    const decoded = decode('{"status":0,"total":2,"data":{"list":[{"id":9007199254740993,"n":1.5},{"id":-18446744073709551615,"n":7}]}}');
    expect(decoded.data).toEqual({ list: [{ id: '9007199254740993', n: 1.5 }, { id: '-18446744073709551615', n: 7 }] });
    expect(decoded.total).toBe(2);
  });
});

describe('decodeEnvelope: API errors carry status, message, method and kind', () => {
  it.each([
    ['{"status":1,"message":"验证失败"}', 1, 'auth'],
    ['{"status":1,"message":"sid is not exists"}', 1, 'auth'],
    ['{"status":1,"message":"参数个数错误"}', 1, 'param'],
    ['{"status":2,"message":"shop_no"}', 2, 'unknownField'],
    ['{"status":6,"message":"ip限制"}', 6, 'ipDenied'],
    ['{"status":7,"message":"时间戳错误"}', 7, 'clockSkew'],
    ['{"status":8,"message":"版本错误"}', 8, 'version'],
    ['{"status":100,"message":"超过每分钟最大调用频率限制，请稍后重试"}', 100, 'rateLimit'],
    ['{"status":100,"message":"超过每分钟最大并发次数限制,请稍后重试"}', 100, 'rateLimit'],
    ['{"status":100,"message":"单据不存在"}', 100, 'business'],
    ['{"status":1064,"message":"Unknown Database Error"}', 1064, 'server'],
  ])('%s', (body, status, kind) => {
    const error = (() => {
      try {
        decode(body);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WdtApiError);
    expect(error).toMatchObject({ status, kind, method: 'm.A.b', apiMessage: JSON.parse(body).message });
  });
});

describe('decodeEnvelope: anything that is not an envelope is a WdtResponseError with a snippet', () => {
  it.each([
    ['empty body', '', 200],
    ['HTML gateway page', '<html><body>502 Bad Gateway</body></html>', 502],
    ['truncated JSON', '{"status":0,"data":{"a"', 200],
    ['JSON that is not an object', '[1,2]', 200],
    ['a JSON string', '"status"', 200],
    ['JSON null', 'null', 200],
    ['a negative status', '{"status":-1}', 200],
    ['status as a string', '{"status":"0","data":1}', 200],
    ['no status', '{"data":1}', 200],
    ['success envelope on HTTP 500', '{"status":0}', 500],
  ])('%s', (_label, body, httpStatus) => {
    expect(() => decode(body, httpStatus)).toThrowError(WdtResponseError);
  });

  it('keeps only a short snippet of a huge body', () => {
    try {
      decode(`<html>${'x'.repeat(100_000)}`);
    } catch (e) {
      expect((e as WdtResponseError).snippet.length).toBeLessThan(210);
    }
  });
});
