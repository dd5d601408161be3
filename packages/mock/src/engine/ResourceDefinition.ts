import type { FieldSchema, MockResourceSpec } from '@wdt-kit/core';
import type { MockMethodSpec } from '../MockMethodSpec.js';

/** A resource of the mock's world as its defining query declares it (`mock.defines`). */
export interface ResourceDefinition extends MockResourceSpec {
  name: string;
  /** The query whose list items are the records. */
  method: string;
  /** The returns property holding the records. */
  list: string;
  /** The record shape: the defining query's list item. */
  record: FieldSchema;
  /** The statuses a record may have (the status field's enum), empty without a status field. */
  statuses: readonly number[];
}

/** The returns property a query keeps its records under: `defines.list`, else the paged listKey. */
export function listPropertyOf(spec: MockMethodSpec, list?: string): string | undefined {
  return list ?? (spec.paged ? (spec.paged.listKey ?? undefined) : undefined);
}

// Built once per method table: every mock of the same table shares its definitions.
const cache = new WeakMap<object, ReadonlyMap<string, ResourceDefinition>>();

/** Every resource the method table defines, by name (the generator checked each is defined once and fits its query). */
export function resourceDefinitionsOf(methods: Readonly<Record<string, MockMethodSpec>>): ReadonlyMap<string, ResourceDefinition> {
  const cached = cache.get(methods);
  if (cached) return cached;
  const definitions = new Map<string, ResourceDefinition>();
  for (const spec of Object.values(methods)) {
    const mock = spec.mock;
    if (mock?.effect !== 'query' || !mock.defines || !mock.resource) continue;
    const list = listPropertyOf(spec, mock.defines.list);
    const record = list === undefined ? undefined : spec.returns?.properties?.[list]?.items;
    if (!list || !record) continue;
    const statusSchema = mock.defines.status === undefined ? undefined : record.properties?.[mock.defines.status];
    const statuses = (statusSchema?.enum ?? []).filter((value): value is number => typeof value === 'number');
    definitions.set(mock.resource, { ...mock.defines, name: mock.resource, method: spec.method, list, record, statuses });
  }
  cache.set(methods, definitions);
  return definitions;
}
