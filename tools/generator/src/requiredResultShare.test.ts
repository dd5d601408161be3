// The share of result fields that are required, in the specs and in the client's types (issue 14):
// run this file to see the numbers for the catalog.
import type { FieldSchema } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { loadModel } from './generate.js';
import { requiredResultShare, resultFieldsOf } from './requiredResultShare.js';
import { repoSpecsDir } from './testing/specFixtures.js';

describe('resultFieldsOf', () => {
  it.each<[string, FieldSchema | null, { path: string; required: boolean }[]]>([
    ['a void result', null, []],
    ['a flat object', { type: 'object', required: ['a'], properties: { a: {}, b: {} } }, [{ path: 'data.a', required: true }, { path: 'data.b', required: false }]],
    ['list items and nested objects', { type: 'array', items: { type: 'object', properties: { o: { type: 'object', required: ['x'], properties: { x: {} } } } } }, [{ path: 'data[].o', required: false }, { path: 'data[].o.x', required: true }]],
    ['an open map', { type: 'object', additionalProperties: { type: 'object', required: ['v'], properties: { v: {} } } }, [{ path: 'data{}.v', required: true }]],
  ])('%s', (_case, schema, expected) => {
    expect(resultFieldsOf(schema)).toEqual(expected);
  });
});

describe('the catalog', () => {
  const share = requiredResultShare(loadModel(repoSpecsDir));
  const percent = (count: number) => `${((100 * count) / share.fields).toFixed(1)} %`;

  it('types as required only fields its specs list as required', () => {
    console.info(`result fields: ${share.fields}; required in the specs: ${share.requiredInSpecs.length} (${percent(share.requiredInSpecs.length)}); required in the client types: ${share.requiredInTypes.length} (${percent(share.requiredInTypes.length)})`);
    expect(share.requiredInTypes.length).toBeGreaterThan(0);
    expect(share.requiredInTypes.filter((field) => !share.requiredInSpecs.includes(field))).toEqual([]);
  });
});
