import { describe, expect, it } from 'vitest';
import { UsageError } from './exitCodes.js';
import { parseFieldList, pickFields, valueAt } from './selectFields.js';

describe('parseFieldList', () => {
  it.each<[string, string[][]]>([
    ['order_no', [['order_no']]],
    ['order_no, status ,goods.num', [['order_no'], ['status'], ['goods', 'num']]],
  ])('%j', (text, paths) => expect(parseFieldList(text)).toEqual(paths));
  it.each(['', ',', 'a..b', 'a.'])('rejects %j', (text) => expect(() => parseFieldList(text)).toThrowError(UsageError));
});

describe('pickFields and valueAt', () => {
  const row = { a: 1, b: { c: 2, d: 3 }, e: null };
  it('nests picked paths as in the row and skips missing ones', () => expect(pickFields(row, [['a'], ['b', 'c'], ['x', 'y']])).toEqual({ a: 1, b: { c: 2 } }));
  it('reads through nested objects only', () => {
    expect(valueAt(row, ['b', 'd'])).toBe(3);
    expect(valueAt(row, ['e', 'f'])).toBeUndefined();
    expect(valueAt(row, ['toString'])).toBeUndefined();
  });
  it('keeps a field named __proto__ as a field', () => {
    const picked = pickFields(JSON.parse('{"__proto__":{"x":1}}'), [['__proto__', 'x']]);
    expect(Object.getPrototypeOf(picked)).toBe(Object.prototype);
    expect(JSON.stringify(picked)).toBe('{"__proto__":{"x":1}}');
  });
});
