// Property tests: the generic answer works for any spec shape the spec format allows, not just
// the shapes of today's specs (more are being written while this runs).
import { validateValue, type FieldSchema, type SchemaType } from '@wdt-kit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import { genericAnswer } from './genericAnswer.js';

const scalar: fc.Arbitrary<FieldSchema> = fc.oneof(
  fc.record({ type: fc.constant<SchemaType>('string'), maxLength: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant<SchemaType>('string'), format: fc.constantFrom('datetime' as const, 'date' as const) }),
  fc.constant<FieldSchema>({ type: ['number', 'string'], format: 'decimal' }),
  fc.constant<FieldSchema>({ type: 'integer', format: 'epoch-ms' }),
  fc.integer({ min: -1000, max: 1000 }).chain((min) => fc.record({ type: fc.constantFrom<SchemaType>('integer', 'number'), minimum: fc.constant(min), maximum: fc.integer({ min, max: min + 5000 }) })),
  fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 5 }).map((values): FieldSchema => ({ type: 'integer', enum: values })),
  fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }).map((values): FieldSchema => ({ type: 'string', enum: values })),
  fc.constant<FieldSchema>({ type: 'boolean' }),
  fc.constant<FieldSchema>({ type: ['null', 'string'] }),
  fc.constant<FieldSchema>({}),
);

const fieldName = fc.stringMatching(/^[a-z][a-z_]{0,11}$/);

const schema: fc.Arbitrary<FieldSchema> = fc.letrec<{ node: FieldSchema }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.record({ type: fc.constant<SchemaType>('array'), items: tie('node'), maxItems: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }) }, { requiredKeys: ['type', 'items'] }),
    fc.dictionary(fieldName, tie('node'), { maxKeys: 5 }).map((properties): FieldSchema => ({ type: 'object', properties })),
  ),
})).node;

// The list of a paged method: `data.<listKey>` beside other fields, or `data` itself.
const pagedSpec = fc
  .record({
    listKey: fc.option(fieldName, { nil: null }),
    total: fc.constantFrom('data.total_count' as const, 'total' as const),
    maxPageSize: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    item: schema,
    others: fc.dictionary(fieldName, schema, { maxKeys: 3 }),
  })
  .map(({ listKey, total, maxPageSize, item, others }): MockMethodSpec => {
    const list: FieldSchema = { type: 'array', items: item };
    const returns: FieldSchema = listKey === null ? list : { type: 'object', properties: { ...others, total_count: { type: 'integer' }, [listKey]: list } };
    return { method: 'any.Paged.query', title: 'paged', idempotent: true, paged: { listKey, total, ...(maxPageSize ? { maxPageSize } : {}) }, args: [], returns };
  });

const nowMs = Date.UTC(2024, 0, 1);
const answerOf = (spec: MockMethodSpec, options: { seed?: string; rows?: number; pager?: { pageSize: number; pageNo: number; calcTotal: boolean } } = {}) =>
  genericAnswer({ dataSeed: options.seed ?? 'seed', pagedRowCount: options.rows ?? 42 })({ spec, args: [], ...(options.pager ? { pager: options.pager } : {}), state: undefined as never, nowMs });

describe('the generic answer, for any spec shape', () => {
  it('answers a method that is not paged with data valid against its returns schema, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.option(schema, { nil: null }), fc.string(), (returns, seed) => {
        const spec: MockMethodSpec = { method: 'any.Method.call', title: 'any', idempotent: false, paged: false, args: [], returns };
        const answer = answerOf(spec, { seed });
        expect(answer.status).toBe(0);
        if (returns === null) expect(answer).toEqual({ status: 0 });
        else expect(validateValue(answer.data, returns, 'data')).toEqual([]);
        expect(answerOf(spec, { seed })).toEqual(answer);
      }),
    );
  });

  it('pages a paged method through a data set of the configured size: valid rows, the total where the spec puts it, rows that do not depend on the page size', () => {
    fc.assert(
      fc.property(pagedSpec, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 25 }), fc.boolean(), (spec, rows, pageSize, calcTotal) => {
        const paged = spec.paged as Exclude<MockMethodSpec['paged'], false>;
        const size = Math.min(pageSize, paged.maxPageSize ?? Infinity);
        const pageCount = Math.ceil(rows / size) + 1;
        const collected: unknown[] = [];
        for (let pageNo = 0; pageNo < pageCount; pageNo++) {
          const answer = answerOf(spec, { rows, pager: { pageSize, pageNo, calcTotal } });
          const data = answer.data as Record<string, unknown> | unknown[];
          const items = (paged.listKey === null ? data : (data as Record<string, unknown>)[paged.listKey]) as unknown[];
          expect(items).toHaveLength(Math.max(0, Math.min(size, rows - pageNo * size)));
          for (const item of items) expect(validateValue(item, spec.returns!.items ?? spec.returns!.properties![paged.listKey!]!.items!, 'item')).toEqual([]);
          const total = paged.total === 'total' ? answer.total : paged.listKey === null ? undefined : (data as Record<string, unknown>).total_count;
          expect(total).toBe(calcTotal && !(paged.total === 'data.total_count' && paged.listKey === null) ? rows : undefined);
          collected.push(...items);
        }
        const onePage = answerOf(spec, { rows, pager: { pageSize: rows || 1, pageNo: 0, calcTotal: false } }).data as Record<string, unknown> | unknown[];
        const allRows = (paged.listKey === null ? onePage : (onePage as Record<string, unknown>)[paged.listKey]) as unknown[];
        if (!paged.maxPageSize || rows <= paged.maxPageSize) expect(collected).toEqual(allRows);
      }),
      { numRuns: 200 },
    );
  });
});
