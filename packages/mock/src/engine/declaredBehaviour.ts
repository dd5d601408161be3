import type { MockSpec } from '@wdt-kit/core';
import type { MockBehaviour, MockCallContext } from '../behaviours/MockBehaviour.js';
import { failure, type MockEnvelope } from '../MockEnvelope.js';
import { argumentAt, isAbsent, propertyAt } from './argumentAt.js';
import { queryRecords } from './queryRecords.js';
import type { StoredRecord } from './StoredRecord.js';

// A status chosen by an argument: its value as text (true/false, 0/1/2) picks from the map.
function statusOf(mock: MockSpec, call: MockCallContext): number | undefined {
  const status = mock.status;
  if (status === undefined || typeof status === 'number') return status;
  const value = argumentAt(call.spec.args, call.args, status.arg);
  return isAbsent(value) ? status.default : (status.map[String(value)] ?? status.default);
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const steps = path.split('.');
  let at = target;
  for (const step of steps.slice(0, -1)) {
    const next = at[step];
    at = (at[step] = typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {}) as Record<string, unknown>;
  }
  at[steps[steps.length - 1]!] = value;
}

/** The success answer: the page's success example (or no data), with the declared paths set from the record. */
function answerOf(mock: MockSpec, call: MockCallContext, record: StoredRecord): MockEnvelope {
  const example = call.spec.examples?.response;
  const envelope: MockEnvelope = example ? { status: 0, ...structuredClone(example) } : { status: 0 };
  const answer = Object.entries(mock.answer ?? {});
  if (answer.length === 0) return envelope;
  const data = typeof envelope.data === 'object' && envelope.data !== null && !Array.isArray(envelope.data) ? (envelope.data as Record<string, unknown>) : {};
  for (const [path, source] of answer) setPath(data, path, source === 'key' ? record.key : record.status);
  return { ...envelope, data };
}

/** The record a create or upsert makes of the arguments (without key and times). */
function recordFields(mock: MockSpec, call: MockCallContext, keyField: string): Pick<StoredRecord, 'fields' | 'lines'> {
  const fields: Record<string, unknown> = { ...mock.record?.defaults };
  for (const [field, path] of Object.entries(mock.record?.fields ?? {})) {
    const value = argumentAt(call.spec.args, call.args, path);
    if (field !== keyField && !isAbsent(value)) fields[field] = value;
  }
  const lines = mock.record?.lines;
  if (!lines) return { fields };
  const items = argumentAt(call.spec.args, call.args, lines.from);
  return {
    fields,
    lines: (Array.isArray(items) ? items : []).map((item) => {
      const line: Record<string, unknown> = { ...lines.defaults };
      for (const [field, path] of Object.entries(lines.fields)) {
        const value = propertyAt(item, path);
        if (value !== undefined && value !== null) line[field] = value;
      }
      return line;
    }),
  };
}

function write(mock: MockSpec & { resource: string }, upsert: boolean): MockBehaviour {
  return (call) => {
    const { state, nowMs } = call;
    const store = state.resources;
    const definition = store.definition(mock.resource);
    const keyPath = mock.record?.fields[definition.key];
    const given = keyPath === undefined ? undefined : argumentAt(call.spec.args, call.args, keyPath);
    const key = isAbsent(given)
      ? state.numbers.next(mock.number?.prefix ?? 'MK', nowMs, (no) => store.has(mock.resource, no))
      : String(given);
    const before = store.get(mock.resource, key);
    if (before && !upsert) return mock.duplicate ? failure(mock.duplicate.status, mock.duplicate.message) : failure(100, '单据已存在');
    const made = recordFields(mock, call, definition.key);
    const status = before?.status ?? statusOf(mock, call);
    const record = store.put(mock.resource, {
      key,
      fields: { ...before?.fields, ...made.fields },
      ...(made.lines ?? before?.lines ? { lines: made.lines ?? before!.lines! } : {}),
      ...(status !== undefined ? { status } : {}),
      modifiedMs: nowMs,
      ...(before ? {} : { createdMs: nowMs }),
    });
    return answerOf(mock, call, record);
  };
}

function changeStatus(mock: MockSpec & { resource: string; key: string; to: number }): MockBehaviour {
  const from = new Set(mock.from ?? []);
  return (call) => {
    const store = call.state.resources;
    const key = argumentAt(call.spec.args, call.args, mock.key);
    const record = isAbsent(key) ? undefined : store.get(mock.resource, String(key));
    if (!record) return failure(mock.notFound?.status ?? 100, mock.notFound?.message ?? '单据不存在');
    if (record.status === undefined || !from.has(record.status)) return failure(mock.wrongStatus?.status ?? 100, mock.wrongStatus?.message ?? '单据状态不正确');
    store.setStatus(mock.resource, record.key, mock.to, call.nowMs);
    return answerOf(mock, call, record);
  };
}

/**
 * The behaviour a `mock:` declaration describes, run by the engine on the mock's ResourceStore;
 * undefined for `generic` (the generated answer stays).
 */
export function declaredBehaviour(mock: MockSpec): MockBehaviour | undefined {
  if (mock.effect === 'generic' || mock.resource === undefined) return undefined;
  const resource = mock.resource;
  switch (mock.effect) {
    case 'create':
      return write({ ...mock, resource }, false);
    case 'upsert':
      return write({ ...mock, resource }, true);
    case 'cancel':
    case 'setStatus':
      return mock.key === undefined || mock.to === undefined ? undefined : changeStatus({ ...mock, resource, key: mock.key, to: mock.to });
    case 'query':
      return (call) => queryRecords({ ...mock, resource }, call);
  }
}

/**
 * The answer of the call's own declaration, for a hand-written behaviour that adds what cannot be
 * declared (the stock ledger's arithmetic) around it; a method without one fails as unknown.
 */
export function declaredAnswer(call: MockCallContext): MockEnvelope {
  const behaviour = call.spec.mock && declaredBehaviour(call.spec.mock);
  return behaviour ? behaviour(call) : failure(100, '权限不足');
}
