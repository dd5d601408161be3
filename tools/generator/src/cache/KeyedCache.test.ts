import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaTypesOf } from '../emit/client/schemaTypesOf.js';
import { loadModel } from '../generate.js';
import { pagedQuerySpec, scratchFolder, specsFolder } from '../testing/specFixtures.js';
import { KeyedCache } from './KeyedCache.js';

describe('types of unchanged schemas come from the cache', () => {
  const file = join(scratchFolder('cache-'), 'schema-types.json');
  const models = loadModel(specsFolder({ 'demo.Thing.search.yaml': pagedQuerySpec }, { withSeeds: true }));

  it('gives the same types as a run without it, and keeps exactly the entries a run used', async () => {
    const fresh = await schemaTypesOf(models);
    const first = new KeyedCache(file);
    expect(await schemaTypesOf(models, first)).toEqual(fresh);
    first.save();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toHaveLength(models.length);
    const second = new KeyedCache(file);
    expect(await schemaTypesOf(models, second)).toEqual(fresh);
  });

  it('does not reuse the types of a method whose schemas changed', async () => {
    const cache = new KeyedCache(file);
    const edited = loadModel(specsFolder({ 'demo.Thing.search.yaml': pagedQuerySpec.replace('order_no: { type: string, title: 单号 }', 'order_no: { type: integer, title: 单号 }') }, { withSeeds: true }));
    const types = await schemaTypesOf(edited, cache);
    expect(types).toEqual(await schemaTypesOf(edited));
    expect(types.get('demo.Thing.search')).not.toEqual((await schemaTypesOf(models)).get('demo.Thing.search'));
  });
});

describe('parsed spec files come from the cache while their content is unchanged', () => {
  it('gives the same model, and parses a file again once it changed', () => {
    const file = join(scratchFolder('cache-'), 'specs.json');
    const specs = specsFolder({ 'demo.Thing.search.yaml': pagedQuerySpec }, { withSeeds: true });
    const fresh = loadModel(specs);
    expect(loadModel(specs, new KeyedCache(file))).toEqual(fresh);
    expect(loadModel(specs, new KeyedCache(file))).toEqual(fresh);
    const edited = specsFolder({ 'demo.Thing.search.yaml': pagedQuerySpec.replace('title: 示例查询', 'title: 示例查询（新）') }, { withSeeds: true });
    expect(loadModel(edited, new KeyedCache(file)).find((m) => m.spec.method === 'demo.Thing.search')?.spec.title).toBe('示例查询（新）');
  });
});

describe('a file read from the cache skips only what it passed before', () => {
  it('is checked against the schema again when the schema changes, and a failing catalog caches nothing', () => {
    const file = join(scratchFolder('cache-'), 'specs.json');
    const specs = specsFolder({ 'demo.Thing.search.yaml': pagedQuerySpec }, { withSeeds: true });
    loadModel(specs, new KeyedCache(file));
    const stored = Object.keys(JSON.parse(readFileSync(file, 'utf8')));
    // One entry per spec file: the demo query and the seed specs.
    expect(stored).toHaveLength(readdirSync(specs).filter((name) => name.endsWith('.yaml')).length);
    // A bad file beside them: the catalog fails, and what was kept before stays as it was.
    const broken = specsFolder({ 'demo.Thing.search.yaml': pagedQuerySpec, 'a.B.c.yaml': 'method: a.B.c\n' }, { withSeeds: true });
    expect(() => loadModel(broken, new KeyedCache(file))).toThrow(/a\.B\.c\.yaml:1:1/);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toEqual(stored);
  });
});
