import type { MockMethodSpec } from '../MockMethodSpec.js';
import { argumentReaders, isAbsent } from './argumentAt.js';
import { momentOf } from './fitValue.js';
import { listPropertyOf, type ResourceDefinition } from './ResourceDefinition.js';
import type { StoredRecord } from './StoredRecord.js';

/** Records by resource name, shaped as the resource's defining query answers them (a fixtures file's `resources`). */
export type ResourceSeed = Readonly<Record<string, readonly Record<string, unknown>[]>>;

export interface SeedRecord {
  resource: string;
  record: Omit<StoredRecord, 'id'>;
}

const asObject = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** One item-shaped record (a query example's row, a fixture) as the engine files it; undefined without a key. */
export function recordOfItem(definition: ResourceDefinition, item: Record<string, unknown>, nowMs: number): Omit<StoredRecord, 'id'> | undefined {
  const key = item[definition.key];
  if (isAbsent(key) || (typeof key !== 'string' && typeof key !== 'number')) return undefined;
  const { [definition.key]: _key, ...fields } = item;
  const status = definition.status === undefined ? undefined : item[definition.status];
  const lines = definition.lines === undefined ? undefined : item[definition.lines];
  const createdMs = (definition.created === undefined ? undefined : momentOf(item[definition.created])) ?? nowMs;
  const modifiedMs = (definition.modified === undefined ? undefined : momentOf(item[definition.modified])) ?? createdMs;
  return {
    key: String(key),
    fields,
    ...(typeof status === 'number' ? { status } : {}),
    ...(Array.isArray(lines) ? { lines: lines.map((line) => asObject(line) ?? {}) } : {}),
    createdMs,
    modifiedMs,
  };
}

/**
 * What a fresh mock holds, all taken from the specs' examples: every row of the success example of
 * a query that reads a resource; then, for every documented request example of a status change
 * (update, cancel, setStatus), the document it names, in the first status it may change from, so the
 * example succeeds as it would on an account holding that document; then the fixtures' records.
 */
export function seedRecordsOf(
  definitions: ReadonlyMap<string, ResourceDefinition>,
  methods: Readonly<Record<string, MockMethodSpec>>,
  fixtures: Readonly<Record<string, readonly Record<string, unknown>[]>>,
  nowMs: number,
): SeedRecord[] {
  const seeds: SeedRecord[] = [];
  const seen = new Set<string>();
  const add = (resource: string, record: Omit<StoredRecord, 'id'> | undefined) => {
    if (!record) return;
    seen.add(`${resource}\0${record.key}`);
    seeds.push({ resource, record });
  };
  for (const spec of Object.values(methods)) {
    const mock = spec.mock;
    const definition = mock?.resource === undefined ? undefined : definitions.get(mock.resource);
    if (mock?.effect !== 'query' || !definition) continue;
    const list = listPropertyOf(spec, mock.defines?.list);
    const data = asObject(spec.examples?.response?.['data']);
    const rows = list === undefined ? undefined : data?.[list];
    if (Array.isArray(rows)) for (const row of rows) add(definition.name, asObject(row) && recordOfItem(definition, asObject(row)!, nowMs));
  }
  for (const spec of Object.values(methods)) {
    const mock = spec.mock;
    const definition = mock?.resource === undefined ? undefined : definitions.get(mock.resource);
    const request = spec.examples?.request;
    if ((mock?.effect !== 'cancel' && mock?.effect !== 'setStatus' && mock?.effect !== 'update') || !definition || !mock.key || !Array.isArray(request)) continue;
    for (const read of argumentReaders(spec.args, request, mock.each)) {
      const named = read(mock.key);
      for (const key of Array.isArray(named) ? named : [named]) {
        if (isAbsent(key) || seen.has(`${definition.name}\0${String(key)}`)) continue;
        add(definition.name, { key: String(key), fields: {}, ...(mock.from?.[0] !== undefined ? { status: mock.from[0] } : {}), createdMs: nowMs, modifiedMs: nowMs });
      }
    }
  }
  for (const [resource, items] of Object.entries(fixtures)) {
    const definition = definitions.get(resource);
    if (definition) for (const item of items) add(resource, recordOfItem(definition, item, nowMs));
  }
  return seeds;
}
