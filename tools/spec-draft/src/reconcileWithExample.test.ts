// How the drafter follows a page's example where it contradicts the page's own table.
import { describe, expect, it } from 'vitest';
import { inferSchema, reconcileWithExample } from './reconcileWithExample.ts';
import type { FieldSchema } from './specTypes.ts';

const reconcile = (value: unknown, schema: FieldSchema, closed = true) => {
  const issues: string[] = [];
  reconcileWithExample(value, schema, 'x', { closed, issues, source: 'request example' });
  return { schema, issues };
};

describe('reconcileWithExample', () => {
  it.each([
    ['a value of the documented type', 'RK1', { type: 'string' }, { type: 'string' }, 0],
    ['an integer where a decimal is documented', 3, { type: ['number', 'string'], format: 'decimal' }, { type: ['number', 'string'], format: 'decimal' }, 0],
    ['epoch milliseconds where the table says String', 1727166220000, { type: 'string', maxLength: 40 }, { type: ['string', 'integer'], format: 'epoch-ms' }, 1],
    ['a number where the table says String', 12, { type: 'string', maxLength: 3 }, { type: ['string', 'integer'] }, 1],
    ['null', null, { type: 'string' }, { type: ['string', 'null'] }, 1],
    ['a date where a datetime is documented', '2024-01-02', { type: 'string', format: 'datetime' }, { type: 'string', format: 'date' }, 1],
    ['an unpadded datetime', '2023-1-1 00:00:00', { type: 'string', format: 'datetime' }, { type: 'string' }, 1],
    ['a code missing from the code list', 0, { type: 'integer', enum: [10, 20] }, { type: 'integer', enum: [10, 20, 0] }, 1],
    ['a string longer than the documented length', 'abcdef', { type: 'string', maxLength: 3 }, { type: 'string' }, 1],
  ] as const)('%s', (_, value, schema, expected, issueCount) => {
    const result = reconcile(value, structuredClone(schema) as FieldSchema);
    expect(result.schema).toMatchObject(expected);
    expect(result.issues).toHaveLength(issueCount);
    if (issueCount === 0) expect(result.schema['x-note']).toBeUndefined();
  });

  it('accepts an undocumented request field with a note, and leaves response objects open', () => {
    const request = reconcile({ startTime: '2024-01-01 00:00:00' }, { type: 'object', properties: {} });
    expect(request.schema.properties!['startTime']).toMatchObject({ type: 'string', format: 'datetime', 'x-note': expect.stringContaining('request example sends it') });
    const response = reconcile({ extra: 1 }, { type: 'object', properties: {} }, false);
    expect(response.schema.properties).toEqual({});
    expect(response.issues).toEqual([]);
  });

  it('makes required fields the example omits optional, only for arguments', () => {
    const { schema, issues } = reconcile({ a: 1 }, { type: 'object', required: ['a', 'b'], properties: { a: { type: 'integer' }, b: { type: 'string' } } });
    expect(schema.required).toEqual(['a']);
    expect(issues[0]).toMatch(/marks b required/);
  });

  it('walks into lists and nested objects', () => {
    const { schema } = reconcile([{ n: 1700000000000 }], { type: 'array', items: { type: 'object', properties: { n: { type: 'string' } } } });
    expect(schema.items!.properties!['n']!.format).toBe('epoch-ms');
  });
});

describe('inferSchema', () => {
  it.each([
    ['RK1', { type: 'string' }],
    ['2024-01-01 00:00:00', { type: 'string', format: 'datetime' }],
    [1.5, { type: 'number' }],
    [[{ a: true }], { type: 'array', items: { type: 'object', properties: { a: { type: 'boolean' } } } }],
    [null, {}],
  ])('%j', (value, expected) => {
    expect(inferSchema(value)).toEqual(expected);
  });
});
