import type { MockRefusal, MockSpec } from '@wdt-kit/core';
import { withFailedItems, type FailedItem } from '../answers/failedItems.js';
import type { MockBehaviour, MockCallContext } from '../behaviours/MockBehaviour.js';
import { failure, type MockEnvelope } from '../MockEnvelope.js';
import { argumentReaders, isAbsent, propertyAt, type ArgumentReader } from './argumentAt.js';
import { queryRecords } from './queryRecords.js';
import type { StoredRecord } from './StoredRecord.js';

// `{key}` in a documented message stands for the document's number (出库单 {key} 不存在).
const messageOf = (refusal: MockRefusal, key: string) => refusal.message.replaceAll('{key}', key);

/** What one write did: the record it made or changed, or the declared refusal. */
type Outcome = { record: StoredRecord } | { refusal: MockRefusal; item: string };

// A status chosen by an argument: its value as text (true/false, 0/1/2) picks from the map.
function statusOf(mock: MockSpec, read: ArgumentReader): number | undefined {
  const status = mock.status;
  if (status === undefined || typeof status === 'number') return status;
  const value = read(status.arg);
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

/** The success answer: the page's success example (or no data), with the declared paths set from the records written. */
function answerOf(mock: MockSpec, call: MockCallContext, records: readonly StoredRecord[]): MockEnvelope {
  const example = call.spec.examples?.response;
  const envelope: MockEnvelope = example ? { status: 0, ...structuredClone(example) } : { status: 0 };
  const answer = Object.entries(mock.answer ?? {});
  if (answer.length === 0) return envelope;
  const valueOf = (source: string) => (source === 'keys' ? records.map((record) => record.key) : source === 'key' ? records[0]?.key : records[0]?.status);
  const whole = answer.find(([path]) => path === '$');
  if (whole) return { ...envelope, data: valueOf(whole[1]) };
  const data = typeof envelope.data === 'object' && envelope.data !== null && !Array.isArray(envelope.data) ? (envelope.data as Record<string, unknown>) : {};
  for (const [path, source] of answer) {
    const value = valueOf(source);
    if (value !== undefined) setPath(data, path, value);
  }
  return { ...envelope, data };
}

/** The fields and lines a create or upsert takes from the arguments (the key aside). */
function recordFields(mock: MockSpec, read: ArgumentReader, keyField: string): Pick<StoredRecord, 'fields' | 'lines'> {
  const fields: Record<string, unknown> = { ...mock.record?.defaults };
  for (const [field, path] of Object.entries(mock.record?.fields ?? {})) {
    const value = read(path);
    if (field !== keyField && !isAbsent(value)) fields[field] = value;
  }
  const lines = mock.record?.lines;
  if (!lines) return { fields };
  const items = read(lines.from);
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

function writeOne(mock: MockSpec & { resource: string }, call: MockCallContext, read: ArgumentReader, upsert: boolean): Outcome {
  const { state, nowMs } = call;
  const store = state.resources;
  const definition = store.definition(mock.resource);
  const keyPath = mock.record?.fields[definition.key];
  const given = keyPath === undefined ? undefined : read(keyPath);
  const key = isAbsent(given) ? state.numbers.next(mock.number?.prefix ?? 'MK', nowMs, (no) => store.has(mock.resource, no)) : String(given);
  const before = store.get(mock.resource, key);
  if (before && !upsert) return { refusal: mock.duplicate ?? { status: 100, message: '单据已存在' }, item: key };
  const made = recordFields(mock, read, definition.key);
  const status = before?.status ?? statusOf(mock, read);
  const lines = made.lines ?? before?.lines;
  const record = store.put(mock.resource, {
    key,
    fields: { ...before?.fields, ...made.fields },
    ...(lines ? { lines } : {}),
    ...(status !== undefined ? { status } : {}),
    modifiedMs: nowMs,
    ...(before ? {} : { createdMs: nowMs }),
  });
  return { record };
}

/** cancel, setStatus and update: the record named by `key`, if it is in a status it may change from, gets the new status and fields. */
function changeOne(mock: MockSpec & { resource: string; key: string }, call: MockCallContext, read: ArgumentReader): Outcome {
  const store = call.state.resources;
  const key = read(mock.key);
  const record = isAbsent(key) ? undefined : store.get(mock.resource, String(key));
  if (!record) return { refusal: mock.notFound ?? { status: 100, message: '单据不存在' }, item: String(key ?? '') };
  if (mock.from && (record.status === undefined || !mock.from.includes(record.status))) return { refusal: mock.wrongStatus ?? { status: 100, message: '单据状态不正确' }, item: record.key };
  if (mock.record) {
    const made = recordFields(mock, read, store.definition(mock.resource).key);
    Object.assign(record.fields, made.fields);
    if (mock.record.lines) record.lines = made.lines;
  }
  if (mock.to !== undefined) record.status = mock.to;
  record.modifiedMs = call.nowMs;
  return { record };
}

/**
 * One write, or with `each` one per item of the list argument: an item that fails is reported
 * where the spec's partialFailure says (a list or map of failed items) and the call succeeds; a
 * method without such a place answers the first failure.
 */
function runWrite(mock: MockSpec, one: (call: MockCallContext, read: ArgumentReader) => Outcome): MockBehaviour {
  return (call) => {
    const readers = argumentReaders(call.spec.args, call.args, mock.each);
    const locator = call.spec.partialFailure;
    if (mock.each === undefined) {
      const outcome = one(call, readers[0]!);
      if ('record' in outcome) return answerOf(mock, call, [outcome.record]);
      const message = messageOf(outcome.refusal, outcome.item);
      // A page that reports this failure inside a status-0 answer: where partialFailure says, over the success example.
      if (outcome.refusal.asItem && locator) return withFailedItems(locator, [{ item: outcome.item, message }], answerOf(mock, call, []));
      return failure(outcome.refusal.status, message);
    }
    const done: StoredRecord[] = [];
    const failed: FailedItem[] = [];
    let firstRefusal: MockRefusal | undefined;
    for (const read of readers) {
      const outcome = one(call, read);
      if ('record' in outcome) done.push(outcome.record);
      else {
        firstRefusal ??= outcome.refusal;
        failed.push({ item: outcome.item, message: messageOf(outcome.refusal, outcome.item) });
      }
    }
    const reportsItems = locator !== undefined && locator.shape !== 'flag';
    if (firstRefusal && !reportsItems) return failure(firstRefusal.status, messageOf(firstRefusal, failed[0]!.item));
    const answer = answerOf(mock, call, done);
    return reportsItems ? withFailedItems(locator!, failed, answer) : answer;
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
    case 'upsert':
      return runWrite(mock, (call, read) => writeOne({ ...mock, resource }, call, read, mock.effect === 'upsert'));
    case 'update':
    case 'cancel':
    case 'setStatus': {
      const { key } = mock;
      if (key === undefined) return undefined;
      return runWrite(mock, (call, read) => changeOne({ ...mock, resource, key }, call, read));
    }
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
