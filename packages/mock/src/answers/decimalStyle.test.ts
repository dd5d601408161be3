import type { FieldSchema } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import { decimalStylesOf, DEFAULT_DECIMAL_STYLE } from './decimalStyle.js';

const decimal: FieldSchema = { type: ['number', 'string'], format: 'decimal' };
const returns: FieldSchema = {
  type: 'object',
  properties: {
    total_count: { type: 'integer' },
    order: { type: 'array', items: { type: 'object', properties: { price: decimal, num: decimal, cost: decimal, lines: { type: 'array', items: { type: 'object', properties: { amount: decimal } } } } } },
  },
};
const specWith = (data: unknown): MockMethodSpec => ({
  method: 'test.Doc.query',
  title: 'query',
  idempotent: true,
  paged: { listKey: 'order', total: 'data.total_count' },
  args: [],
  returns,
  ...(data === undefined ? {} : { examples: { response: { status: 0, data } } }),
});

describe('decimalStylesOf: decimals as the page example shows them', () => {
  it.each<[string, unknown, Record<string, string>]>([
    ['no example: the documented default (numbers)', undefined, { 'order[].price': DEFAULT_DECIMAL_STYLE, 'order[].lines[].amount': DEFAULT_DECIMAL_STYLE }],
    ['numbers in the example', { order: [{ price: 1.5, num: 2 }] }, { 'order[].price': 'number', 'order[].cost': 'number' }],
    ['strings in the example', { order: [{ price: '1.5000', num: '2.0000' }] }, { 'order[].price': 'string', 'order[].cost': 'string' }],
    [
      'a mixed example: each field as shown, the others as most of them',
      { order: [{ price: '1.5000', num: 2, cost: 3, lines: [{ amount: 4 }] }] },
      { 'order[].price': 'string', 'order[].num': 'number', 'order[].lines[].amount': 'number', 'order[].unseen': 'number' },
    ],
    ['a mixed field: its majority', { order: [{ price: '1.5000' }, { price: '2.0000' }, { price: 3 }] }, { 'order[].price': 'string', 'order[].num': 'string' }],
  ])('%s', (_label, data, expected) => {
    const styles = decimalStylesOf(specWith(data));
    for (const [path, style] of Object.entries(expected)) expect(styles.at(path), path).toBe(style);
  });
});
