import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../generate.js';
import { pagedQuerySpec, scratchFolder, specsFolder } from '../../testing/specFixtures.js';
import { SchemaTypesCache } from './SchemaTypesCache.js';
import { schemaTypesOf } from './schemaTypesOf.js';

describe('types of unchanged schemas come from the cache', () => {
  const file = join(scratchFolder('cache-'), 'schema-types.json');
  const models = loadModel(specsFolder({ 'demo.Thing.search.yaml': pagedQuerySpec }, { withSeeds: true }));

  it('gives the same types as a run without it, and keeps exactly the entries a run used', async () => {
    const fresh = await schemaTypesOf(models);
    const first = new SchemaTypesCache(file);
    expect(await schemaTypesOf(models, first)).toEqual(fresh);
    first.save();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toHaveLength(models.length);
    const second = new SchemaTypesCache(file);
    expect(await schemaTypesOf(models, second)).toEqual(fresh);
  });

  it('does not reuse the types of a method whose schemas changed', async () => {
    const cache = new SchemaTypesCache(file);
    const edited = loadModel(specsFolder({ 'demo.Thing.search.yaml': pagedQuerySpec.replace('order_no: { type: string, title: 单号 }', 'order_no: { type: integer, title: 单号 }') }, { withSeeds: true }));
    const types = await schemaTypesOf(edited, cache);
    expect(types).toEqual(await schemaTypesOf(edited));
    expect(types.get('demo.Thing.search')).not.toEqual((await schemaTypesOf(models)).get('demo.Thing.search'));
  });
});
