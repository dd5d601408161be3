// The catalog-wide proof of the declarations (specs' `mock:` sections): for every resource, what each
// declared write makes shows in each query that reads the resource; a status change of a document
// that never existed fails as declared, a second one fails too, and the change shows in the queries;
// and every method's documented request example succeeds on a fresh mock.
import type { MockSpec } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { generateFromSchema } from '../answers/generateFromSchema.js';
import { seededRandom } from '../answers/seededRandom.js';
import { createMockFetch } from '../createMockFetch.js';
import { handlerTable } from '../generated/handlers.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import { envelopeOf, FIXED_NOW_MS } from '../testing/callMock.js';
import { argumentAt } from './argumentAt.js';
import { listPropertyOf, resourceDefinitionsOf } from './ResourceDefinition.js';

type Declared = MockMethodSpec & { mock: MockSpec & { resource: string } };
const declared = Object.values(handlerTable).filter((spec): spec is Declared => spec.mock !== undefined && spec.mock.effect !== 'generic' && spec.mock.resource !== undefined);
const definitions = resourceDefinitionsOf(handlerTable);
const ofEffect = (...effects: MockSpec['effect'][]) => declared.filter((spec) => effects.includes(spec.mock.effect));
const queriesOf = (resource: string) => ofEffect('query').filter((spec) => spec.mock.resource === resource);

// A time range of one minute around the mock's clock: inside every documented maximum span, and around what a call creates now.
const AROUND_NOW = { start: '2024-01-01 07:59:30', end: '2024-01-01 08:00:30' };
const page = { pageSize: 100, pageNo: 0, calcTotal: true };

function freshMock() {
  const mock = createMockFetch({ now: () => FIXED_NOW_MS });
  const call = (spec: MockMethodSpec, args: readonly unknown[]) => envelopeOf(mock, { method: spec.method, args, ...(spec.paged ? { pager: page } : {}) });
  return { mock, call };
}

/** The page's request example, or arguments generated from the spec. */
function exampleArgs(spec: MockMethodSpec): unknown[] {
  if (spec.examples?.request) return structuredClone(spec.examples.request) as unknown[];
  return spec.args.map((arg) => generateFromSchema(arg.schema, seededRandom(`${spec.method}\0${arg.name}`), arg.name));
}

/** Sets (or, with undefined, removes) the value at an argument path. */
function setArgument(spec: MockMethodSpec, args: unknown[], path: string, value: unknown): void {
  const [name, ...steps] = path.split('.');
  const index = spec.args.findIndex((arg) => arg.name === name);
  if (steps.length === 0) {
    args[index] = value;
    return;
  }
  let at = (args[index] ??= {}) as Record<string, unknown>;
  for (const step of steps.slice(0, -1)) at = (at[step] ??= {}) as Record<string, unknown>;
  if (value === undefined) delete at[steps[steps.length - 1]!];
  else at[steps[steps.length - 1]!] = value;
}

/** The query's arguments that must find `key`: its example without any declared filter, the key filter set, the time range around now. */
function queryArgsFor(query: Declared, key: string | undefined): unknown[] {
  const args = exampleArgs(query);
  if (args.length === 0) args.push({});
  const definition = definitions.get(query.mock.resource)!;
  for (const filter of query.mock.filters ?? []) setArgument(query, args, filter.arg, undefined);
  const keyFilter = query.mock.filters?.find((filter) => filter.field === definition.key);
  if (keyFilter && key !== undefined) setArgument(query, args, keyFilter.arg, key);
  if (query.timeWindow) {
    setArgument(query, args, `${query.args[0]!.name}.${query.timeWindow.start}`, AROUND_NOW.start);
    setArgument(query, args, `${query.args[0]!.name}.${query.timeWindow.end}`, AROUND_NOW.end);
  }
  return args;
}

function rowsOf(query: Declared, answer: { data?: unknown }): Record<string, unknown>[] {
  const list = listPropertyOf(query, query.mock.defines?.list) ?? definitions.get(query.mock.resource)!.list;
  const rows = query.paged && query.paged.listKey === null ? answer.data : (answer.data as Record<string, unknown> | undefined)?.[list];
  return Array.isArray(rows) ? (rows as Record<string, unknown>[]) : [];
}

/** The key a status change names in its arguments: with `each`, the first item's. */
function keyArgumentOf(change: Declared, args: readonly unknown[]): unknown {
  const { each, key } = change.mock;
  if (each === undefined) return argumentAt(change.args, args, key!);
  const first = (argumentAt(change.args, args, each) as unknown[] | undefined)?.[0];
  return key === each ? first : (first as Record<string, unknown> | undefined)?.[key!.slice(each.length + 1)];
}

/** The arguments naming another document: the example's, with the key replaced. */
function argsNaming(change: Declared, key: string): unknown[] {
  const args = exampleArgs(change);
  const { each, key: keyPath } = change.mock;
  if (each === undefined) setArgument(change, args, keyPath!, key);
  else {
    const first = (argumentAt(change.args, args, each) as unknown[] | undefined)?.[0];
    setArgument(change, args, each, [keyPath === each ? key : { ...(first as object), [keyPath!.slice(each.length + 1)]: key }]);
  }
  return args;
}

const writePairs = ofEffect('create', 'upsert').flatMap((write) => queriesOf(write.mock.resource).map((query) => [write.method, query.method, write, query] as const));
const changes = ofEffect('update', 'cancel', 'setStatus').map((change) => [change.method, change] as const);

describe('every declared write is visible in every query of its resource', () => {
  it.each(writePairs)('%s -> %s', async (_write, _query, write, query) => {
    const { mock, call } = freshMock();
    const before = new Set(mock.state.resources.list(write.mock.resource).map((record) => record.key));
    const written = await call(write, exampleArgs(write));
    expect(written.status, JSON.stringify(written)).toBe(0);
    const made = mock.state.resources.list(write.mock.resource).filter((record) => !before.has(record.key));
    const key = made[0]?.key ?? (keyArgumentOf(write, exampleArgs(write)) as string | undefined);
    expect(key, 'the write filed a record').toBeDefined();
    const answer = await call(query, queryArgsFor(query, key));
    expect(answer.status, JSON.stringify(answer)).toBe(0);
    const keyField = definitions.get(write.mock.resource)!.key;
    expect(rowsOf(query, answer).map((row) => String(row[keyField]))).toContain(key);
  });
});

describe('every declared change (update, cancel, setStatus) fails for an unknown document, a status change fails the second time and shows in the queries', () => {
  it.each(changes)('%s', async (_method, change) => {
    const { mock, call } = freshMock();
    const { notFound, wrongStatus, to, from } = change.mock;
    const refusal = (declaredRefusal: typeof notFound, key: string) => {
      const message = declaredRefusal!.message.replaceAll('{key}', key);
      // Reported as a failed item of a status-0 answer (batches, and pages that say so), else as the call's error.
      // A page may report them beside data, in the envelope (partialFailure at envelope.…: InvoiceOrder.updateInvoice's error_info).
      const reported = change.partialFailure?.at.startsWith('envelope.') ? {} : { data: expect.anything() };
      return change.mock.each !== undefined || declaredRefusal!.asItem ? expect.objectContaining({ status: 0, ...reported }) : { status: declaredRefusal!.status, message };
    };
    const unknown = await call(change, argsNaming(change, 'NEVER-EXISTED-0001'));
    expect(unknown).toEqual(refusal(notFound, 'NEVER-EXISTED-0001'));
    expect(JSON.stringify(unknown)).toContain(JSON.stringify(notFound!.message.replaceAll('{key}', 'NEVER-EXISTED-0001')).slice(1, -1));

    // The documented example names a document a fresh mock holds in a status it may change from.
    const args = exampleArgs(change);
    const key = String(keyArgumentOf(change, args));
    const seeded = mock.state.resources.get(change.mock.resource, key);
    expect(seeded, 'the example names a seeded document').toBeDefined();
    // Two pages may name the same documents in different statuses (PurchaseApply's cancel and stop):
    // a fresh mock holds them as the first needs; here the document is brought to this one's.
    if (from && !from.includes(seeded!.status!)) mock.state.resources.setStatus(change.mock.resource, key, from[0]!, FIXED_NOW_MS);
    const first = await call(change, args);
    expect(first.status, JSON.stringify(first)).toBe(0);
    expect(JSON.stringify(first), 'no item failed').not.toContain(JSON.stringify(notFound!.message.replaceAll('{key}', key)).slice(1, -1));
    if (to === undefined) return;
    expect(mock.state.resources.get(change.mock.resource, key)?.status).toBe(to);
    if (from && !from.includes(to)) {
      const second = await call(change, args);
      expect(second).toEqual(refusal(wrongStatus, key));
      expect(JSON.stringify(second)).toContain(JSON.stringify(wrongStatus!.message.replaceAll('{key}', key)).slice(1, -1));
    }
    const statusField = definitions.get(change.mock.resource)!.status!;
    for (const query of queriesOf(change.mock.resource)) {
      const keyFilter = query.mock.filters?.some((filter) => filter.field === definitions.get(change.mock.resource)!.key);
      if (!keyFilter) continue;
      const rows = rowsOf(query, await call(query, queryArgsFor(query, key)));
      const row = rows.find((candidate) => String(candidate[definitions.get(change.mock.resource)!.key]) === key);
      expect(row?.[statusField], `${query.method} shows the new status`).toBe(to);
    }
  });
});

// A time range inside every documented maximum span: several pages' own examples span more than
// their maximum (the mock rightly refuses those, as the server does), and one writes dates unpadded.
function withinMaxSpan(spec: MockMethodSpec, args: unknown[]): unknown[] {
  if (spec.timeWindow && typeof args[0] === 'object' && args[0] !== null) {
    Object.assign(args[0], { [spec.timeWindow.start]: '2024-01-01 00:00:00', [spec.timeWindow.end]: '2024-01-01 00:01:00' });
  }
  return args;
}

describe("every method's documented request example succeeds on a fresh mock", () => {
  it.each(Object.values(handlerTable).filter((spec) => spec.examples?.request).map((spec) => [spec.method, spec] as const))('%s', async (_method, spec) => {
    const { call } = freshMock();
    const answer = await call(spec, withinMaxSpan(spec, exampleArgs(spec)));
    expect(answer.status, JSON.stringify(answer)).toBe(0);
  });
});
