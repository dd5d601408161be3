import type { MockSpec } from '@wdt-kit/core';
import { decimalStylesOf, itemPath, propertyPath } from '../answers/decimalStyle.js';
import { pageEnvelope } from '../answers/pageEnvelope.js';
import type { MockCallContext } from '../behaviours/MockBehaviour.js';
import { pagerOf } from '../behaviours/queryHelpers.js';
import type { MockEnvelope } from '../MockEnvelope.js';
import { argumentAt, isAbsent } from './argumentAt.js';
import { momentOf } from './fitValue.js';
import { renderRecord } from './renderRecord.js';
import { listPropertyOf, type ResourceDefinition } from './ResourceDefinition.js';
import type { StoredRecord } from './StoredRecord.js';

// An argument's values: a list, a comma-separated text ("10,20"), or one value.
function valuesOf(value: unknown): Set<string> {
  const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,，]/) : [value];
  return new Set(values.map((one) => String(one).trim()).filter((one) => one !== ''));
}

function fieldOf(record: StoredRecord, definition: ResourceDefinition, field: string): unknown {
  if (field === definition.key) return record.key;
  if (field === definition.status) return record.status;
  return record.fields[field];
}

// The record time the window compares, by the declaration (maybe chosen by an argument such as time_type).
function windowRoleOf(mock: MockSpec, call: MockCallContext): 'created' | 'modified' {
  const window = mock.window;
  if (window === undefined || typeof window === 'string') return window ?? 'modified';
  const value = argumentAt(call.spec.args, call.args, window.arg);
  return isAbsent(value) ? window.default : (window.map[String(value)] ?? window.default);
}

/**
 * A query over a resource: the records that match every given filter and, when the call gives its
 * time window, whose creation or change time lies in it (both ends inclusive), oldest change
 * first, paged as the spec says and rendered in the query's own item shape.
 */
export function queryRecords(mock: MockSpec & { resource: string }, call: MockCallContext): MockEnvelope {
  const { spec, args } = call;
  const store = call.state.resources;
  const definition = store.definition(mock.resource);
  const list = listPropertyOf(spec, mock.defines?.list) ?? definition.list;
  const item = spec.returns?.properties?.[list]?.items ?? definition.record;
  const filters = (mock.filters ?? []).flatMap((filter) => {
    const value = argumentAt(spec.args, args, filter.arg);
    const values = isAbsent(value) ? new Set<string>() : valuesOf(value);
    return values.size > 0 ? [{ field: filter.field, values }] : [];
  });
  let window: { fromMs: number; toMs: number } | undefined;
  if (mock.window !== undefined && spec.timeWindow) {
    const params = args[0] as Record<string, unknown> | undefined;
    const fromMs = momentOf(params?.[spec.timeWindow.start]);
    const toMs = momentOf(params?.[spec.timeWindow.end]);
    if (fromMs !== undefined && toMs !== undefined) window = { fromMs, toMs };
  }
  const role = windowRoleOf(mock, call);
  const rows = store
    .list(mock.resource)
    .filter((record) => filters.every(({ field, values }) => values.has(String(fieldOf(record, definition, field) ?? '').trim())))
    .filter((record) => {
      if (!window) return true;
      const ms = role === 'created' ? record.createdMs : record.modifiedMs;
      return ms >= window.fromMs && ms <= window.toMs;
    })
    .sort((a, b) => a.modifiedMs - b.modifiedMs || a.id - b.id);
  const place = { path: itemPath(propertyPath('', list)), decimals: decimalStylesOf(spec) };
  const render = (record: StoredRecord) => renderRecord(record, definition, item, place);
  if (spec.paged) return pageEnvelope(spec.paged, pagerOf(call.pager), rows.length, (from, to) => rows.slice(from, to).map(render));
  return { status: 0, data: { [list]: rows.map(render) } };
}
