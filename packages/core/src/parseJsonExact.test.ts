import { describe, expect, it } from 'vitest';
import { parseJsonExact } from './parseJsonExact.js';

describe('parseJsonExact', () => {
  it.each<[string, string, unknown]>([
    // Regression: response integers beyond 2^53 were rounded (9007199254740993 became …992).
    ['an integer beyond 2^53 becomes a string', '{"id":9007199254740993}', { id: '9007199254740993' }],
    ['a negative one too', '[-12345678901234567890]', ['-12345678901234567890']],
    ['safe integers stay numbers', '{"a":9007199254740991,"b":1.5,"c":-3}', { a: 9007199254740991, b: 1.5, c: -3 }],
    ['digits inside strings are left alone', '{"no":"12345678901234567890","q":"a\\"9007199254740993"}', { no: '12345678901234567890', q: 'a"9007199254740993' }],
    ['decimals and exponents stay numbers', '[12345678901234567.5,1e300]', [12345678901234567.5, 1e300]],
    ['nested', '{"status":0,"data":{"list":[{"id":18446744073709551615}]}}', { status: 0, data: { list: [{ id: '18446744073709551615' }] } }],
  ])('%s', (_name, text, expected) => {
    expect(parseJsonExact(text)).toEqual(expected);
  });

  it('rejects what JSON.parse rejects', () => {
    expect(() => parseJsonExact('{"id":12345678901234567890')).toThrow(SyntaxError);
  });
});
