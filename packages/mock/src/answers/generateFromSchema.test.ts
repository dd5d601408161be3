import { validateValue, type FieldSchema } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { generateFromSchema } from './generateFromSchema.js';
import { seededRandom } from './seededRandom.js';

const generate = (schema: FieldSchema, name?: string) => generateFromSchema(schema, seededRandom('test'), name);

describe('generateFromSchema', () => {
  it.each<[string, FieldSchema, (value: unknown) => void]>([
    ['a datetime', { type: 'string', format: 'datetime' }, (v) => expect(v).toMatch(/^2024-0[12]-\d\d \d\d:\d\d:\d\d$/)],
    ['a date', { type: 'string', format: 'date' }, (v) => expect(v).toMatch(/^2024-0[12]-\d\d$/)],
    ['a decimal string', { type: 'string', format: 'decimal' }, (v) => expect(v).toMatch(/^\d+\.\d{4}$/)],
    ['a decimal that may be a number', { type: ['number', 'string'], format: 'decimal' }, (v) => expect(typeof v).toBe('number')],
    ['epoch milliseconds', { type: 'integer', format: 'epoch-ms' }, (v) => expect(v).toBeGreaterThanOrEqual(Date.UTC(2023, 11, 31, 16))],
    // Regression: these were digit strings ("1705692473000"), and a typed Go client failed to decode them.
    ['epoch milliseconds the spec allows as a string: an integer, as every page shows them', { type: ['string', 'integer'], format: 'epoch-ms' }, (v) => expect(Number.isInteger(v)).toBe(true)],
    ['epoch milliseconds that can only be a string', { type: 'string', format: 'epoch-ms' }, (v) => expect(v).toMatch(/^\d{13}$/)],
    ['an enum member', { type: 'integer', enum: [10, 20, 30] }, (v) => expect([10, 20, 30]).toContain(v)],
    ['an integer in range', { type: 'integer', minimum: 5, maximum: 7 }, (v) => expect([5, 6, 7]).toContain(v)],
    ['a string named after its field', { type: 'string' }, (v) => expect(v).toMatch(/^order_no_\d+$/)],
    ['a string within maxLength', { type: 'string', maxLength: 4 }, (v) => expect(v).toHaveLength(4)],
    ['a nullable string', { type: ['null', 'string'] }, (v) => expect(typeof v).toBe('string')],
    ['an array within maxItems', { type: 'array', maxItems: 1, items: { type: 'boolean' } }, (v) => expect(v).toEqual([expect.any(Boolean)])],
    ['an object with no properties', { type: 'object' }, (v) => expect(v).toEqual({})],
  ])('%s', (_label, schema, check) => {
    const value = generate(schema, 'order_no');
    check(value);
    expect(validateValue(value, schema, 'value')).toEqual([]);
  });

  it('writes a decimal that may be either in the style of the place it is generated at', () => {
    const schema: FieldSchema = { type: 'object', properties: { price: { type: ['number', 'string'], format: 'decimal' }, num: { type: ['number', 'string'], format: 'decimal' } } };
    const decimals = { at: (path: string) => (path === 'price' ? ('string' as const) : ('number' as const)) };
    const value = generateFromSchema(schema, seededRandom('test'), 'data', { path: '', decimals }) as { price: unknown; num: unknown };
    expect(value.price).toMatch(/^\d+\.\d{4}$/);
    expect(typeof value.num).toBe('number');
    expect(validateValue(value, schema, 'data')).toEqual([]);
  });

  it('fills every documented property of nested objects', () => {
    const schema: FieldSchema = { type: 'object', properties: { a: { type: 'string' }, list: { type: 'array', items: { type: 'object', properties: { b: { type: 'boolean' } } } } } };
    const value = generate(schema) as { a: string; list: { b: boolean }[] };
    expect(Object.keys(value)).toEqual(['a', 'list']);
    expect(value.list.length).toBeGreaterThanOrEqual(1);
    for (const item of value.list) expect(Object.keys(item)).toEqual(['b']);
  });

  it('is deterministic for a key and differs between keys', () => {
    const schema: FieldSchema = { type: 'object', properties: { no: { type: 'string' }, n: { type: 'integer' } } };
    expect(generateFromSchema(schema, seededRandom('k1'))).toEqual(generateFromSchema(schema, seededRandom('k1')));
    expect(generateFromSchema(schema, seededRandom('k1'))).not.toEqual(generateFromSchema(schema, seededRandom('k2')));
  });
});
