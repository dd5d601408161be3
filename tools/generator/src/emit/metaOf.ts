import type { MethodMeta } from '@wdt-kit/core';
import type { MethodModel } from '../model/SpecModel.js';

/** The runtime projection of a spec: what validation, retries and paging need, nothing for display. */
export function metaOf(model: MethodModel): MethodMeta {
  const { spec } = model;
  const meta: MethodMeta = { method: spec.method, title: spec.title, idempotent: spec.idempotent, paged: spec.paged, args: spec.args.map(({ name, required, schema }) => ({ name, required: required ?? false, schema: stripDocs(schema) })) };
  if (spec.paged) meta.paged = { listKey: spec.paged.listKey, total: spec.paged.total, ...(spec.paged.maxPageSize ? { maxPageSize: spec.paged.maxPageSize } : {}) };
  if (spec.partialFailure) meta.partialFailure = spec.partialFailure;
  if (spec.timeWindow) meta.timeWindow = { start: spec.timeWindow.start, end: spec.timeWindow.end, ...(spec.timeWindow.maxSpan ? { maxSpan: spec.timeWindow.maxSpan } : {}) };
  return meta;
}

const DOCS = ['title', 'description', 'x-enumLabels', 'x-note', 'default'];

// Titles, descriptions and labels are for people; run-time metadata keeps only what checks values
// (and what `keep` names: the mock keeps enum labels, its status tables).
export function stripDocs<T>(schema: T, keep: readonly string[] = []): T {
  if (Array.isArray(schema)) return schema.map((item) => stripDocs(item, keep)) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  const kept = Object.entries(schema).filter(([key]) => !DOCS.includes(key) || keep.includes(key));
  // Object.fromEntries defines own properties: a field named `__proto__` stays a field.
  return Object.fromEntries(
    kept.map(([key, value]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, stripDocs(v, keep)])) : key === 'enum' || key === 'x-enumLabels' ? value : stripDocs(value, keep)]),
  ) as T;
}
