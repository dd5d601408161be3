import { describe, expect, it } from 'vitest';
import { checkPrintable, MAX_PRINTABLE_DEPTH, UnprintableAnswerError } from './checkPrintable.js';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('checkPrintable', () => {
  it.each<[string, unknown]>([
    ['a real page', { total_count: 2, order: [{ order_no: 'A', amount: '1.20', goods: [{ num: 3 }] }] }],
    ['the deepest nesting allowed', nested(MAX_PRINTABLE_DEPTH)],
    ['the largest safe integer', Number.MAX_SAFE_INTEGER],
    ['a decimal amount', 12345.678],
  ])('accepts %s', (_label, data) => {
    expect(() => checkPrintable(data, 'the answer')).not.toThrow();
  });

  // Regression: a million-level answer used to end in "Maximum call stack size exceeded" (exit 69, untyped).
  it.each<[string, unknown, RegExp]>([
    ['a million nested arrays', nested(1_000_000), /nested deeper than 64 levels/],
    ['one level too deep', nested(MAX_PRINTABLE_DEPTH + 1), /nested deeper/],
    ['1e999 (Infinity after JSON.parse)', { n: Number.POSITIVE_INFINITY }, /too large for JSON at data\.n/],
    ['an id beyond 2^53', { order: [{ trade_id: 2 ** 60 }] }, /beyond 2\^53 at data\.order\[0\]\.trade_id/],
  ])('rejects %s with a typed error naming where', (_label, data, message) => {
    expect(() => checkPrintable(data, 'the answer')).toThrowError(UnprintableAnswerError);
    expect(() => checkPrintable(data, 'the answer')).toThrowError(message);
  });
});
