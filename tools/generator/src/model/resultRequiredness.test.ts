import type { FieldSchema } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { resultRequiredness } from './resultRequiredness.js';

const row: FieldSchema = { type: 'object', required: ['no', 'name'], properties: { no: { type: 'string' }, name: { type: 'string' }, memo: { type: 'string' } } };
const list: FieldSchema = { type: 'object', required: ['total_count', 'order'], properties: { total_count: { type: 'integer' }, order: { type: 'array', items: row } } };

/** The `required` list of every object, by path: what the emitted type makes non-optional. */
function requiredByPath(schema: FieldSchema, path = 'data', out: Record<string, readonly string[]> = {}): Record<string, readonly string[]> {
  if (schema.required) out[path] = schema.required;
  for (const [name, property] of Object.entries(schema.properties ?? {})) requiredByPath(property, `${path}.${name}`, out);
  if (schema.items) requiredByPath(schema.items, `${path}[]`, out);
  if (typeof schema.additionalProperties === 'object') requiredByPath(schema.additionalProperties, `${path}{}`, out);
  return out;
}

describe('resultRequiredness', () => {
  it.each<[string, FieldSchema, unknown, Record<string, readonly string[]>]>([
    ['keeps required fields the example shows', row, { no: 'A1', name: 'x' }, { data: ['no', 'name'] }],
    ['makes a required field the example leaves out optional', row, { no: 'A1' }, { data: ['no'] }],
    ['counts a null value as shown', row, { no: 'A1', name: null }, { data: ['no', 'name'] }],
    ['never makes a field required that the spec does not list', row, { no: 'A1', name: 'x', memo: 'm' }, { data: ['no', 'name'] }],
    ['keeps nothing without success data', row, undefined, {}],
    ['keeps nothing for data of another shape', row, ['A1'], {}],
    ['keeps in list items only what every item shows', list, { total_count: 2, order: [{ no: 'A1', name: 'x' }, { no: 'A2' }] }, { data: ['total_count', 'order'], 'data.order[]': ['no'] }],
    ['keeps nothing in the items of an empty list', list, { total_count: 0, order: [] }, { data: ['total_count', 'order'] }],
    ['keeps nothing inside an object the example leaves out', list, { total_count: 0 }, { data: ['total_count'] }],
    ['looks into the items of a result that is a list', { type: 'array', items: row }, [{ no: 'A1', name: 'x' }], { 'data[]': ['no', 'name'] }],
    ['looks into every value of an open map', { type: 'object', additionalProperties: row }, { a: { no: 'A1', name: 'x' }, b: { no: 'A2' } }, { 'data{}': ['no'] }],
    ['skips a null occurrence of a nullable object', { type: 'object', properties: { row: { ...row, type: ['object', 'null'] } } }, { row: null }, {}],
  ])('%s', (_case, returns, data, expected) => {
    expect(requiredByPath(resultRequiredness(returns, data))).toEqual(expected);
  });

  it('leaves the spec schema as it was (the CLI and mock tables use it)', () => {
    const before = structuredClone(list);
    resultRequiredness(list, { total_count: 0 });
    expect(list).toEqual(before);
  });
});
