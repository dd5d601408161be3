import { validateValue, type FieldSchema, type Pager } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import type { MockOptions } from '../MockWangdian.js';
import { envelopeOf, FIXED_NOW_MS } from '../testing/callMock.js';
import { fixtureMethods } from '../testing/fixtureMethods.js';

// Within every fixture method's time window (the narrowest is 60 minutes).
const hour = { start_time: '2024-01-01 00:00:00', end_time: '2024-01-01 01:00:00' };

function freshMock(options: MockOptions = {}) {
  return createMockFetch({ now: () => FIXED_NOW_MS, methods: fixtureMethods, ...options });
}

async function pageOf(method: string, pager: Pager, options: MockOptions = {}) {
  return envelopeOf(freshMock(options), { method, args: [hour], pager });
}

function rowSchema(method: string): FieldSchema {
  const returns = fixtureMethods[method]!.returns!;
  return returns.items ?? returns.properties!.order!.items!;
}

describe('a method without behaviour answers from its spec', () => {
  it('with its documented response example when it has one', async () => {
    expect(await envelopeOf(freshMock(), { method: 'test.Doc.echoExample', args: [] })).toEqual(fixtureMethods['test.Doc.echoExample']!.examples!.response);
  });

  it('with {"status":0} when it returns nothing', async () => {
    expect(await envelopeOf(freshMock(), { method: 'test.Doc.cancel', args: ['A1'] })).toEqual({ status: 0 });
  });

  it('else with data generated from its returns schema, the same for the same seed', async () => {
    const call = { method: 'test.Doc.push', args: [{ warehouse_no: 'W1' }] };
    const first = await envelopeOf(freshMock(), call);
    expect(first.status).toBe(0);
    expect(validateValue(first.data, fixtureMethods['test.Doc.push']!.returns!, 'data')).toEqual([]);
    expect(await envelopeOf(freshMock(), call)).toEqual(first);
    expect(await envelopeOf(freshMock({ dataSeed: 'another' }), call)).not.toEqual(first);
  });
});

describe('a paged method without behaviour answers a page of a generated data set', () => {
  it('with data.total_count when calc_total=1 and rows that match the list item schema', async () => {
    const answer = await pageOf('test.Doc.query', { pageSize: 10, pageNo: 0, calcTotal: true });
    const data = answer.data as { total_count: number; order: unknown[] };
    expect(Object.keys(answer)).toEqual(['status', 'data']);
    expect(data.total_count).toBe(42);
    expect(data.order).toHaveLength(10);
    for (const row of data.order) expect(validateValue(row, rowSchema('test.Doc.query'), 'row')).toEqual([]);
  });

  it('whose pages add up to the total: the last page is short and the next one empty', async () => {
    const pages = await Promise.all([0, 1, 2, 3].map((pageNo) => pageOf('test.Doc.query', { pageSize: 12, pageNo }, { pagedRowCount: 30 })));
    expect(pages.map((page) => (page.data as { order: unknown[] }).order.length)).toEqual([12, 12, 6, 0]);
  });

  it('whose rows are the same whatever the page size', async () => {
    const small = await Promise.all([0, 1].map((pageNo) => pageOf('test.Doc.query', { pageSize: 5, pageNo })));
    const large = await pageOf('test.Doc.query', { pageSize: 10, pageNo: 0 });
    expect(small.flatMap((page) => (page.data as { order: unknown[] }).order)).toEqual((large.data as { order: unknown[] }).order);
  });

  it('without a total when calc_total=0', async () => {
    const answer = await pageOf('test.Doc.query', { pageSize: 10, pageNo: 0, calcTotal: false });
    expect(answer.data).not.toHaveProperty('total_count');
    expect(answer).not.toHaveProperty('total');
  });

  it('with the top-level total and data as the list for paged.total "total"', async () => {
    const answer = await pageOf('test.Doc.queryHourly', { pageSize: 40, pageNo: 1, calcTotal: true }, { pagedRowCount: 50 });
    expect(answer.total).toBe(50);
    expect(answer.data).toHaveLength(10);
    for (const row of answer.data as unknown[]) expect(validateValue(row, rowSchema('test.Doc.queryHourly'), 'row')).toEqual([]);
  });

  it('with the other fields of data generated beside the list', async () => {
    const answer = await pageOf('test.Doc.queryWeekly', { pageSize: 3, pageNo: 0, calcTotal: true });
    expect(answer.data).toEqual({ total_count: 42, shop_count: expect.any(Number), details: expect.any(Array) });
  });

  it('cut to the documented maximum page size', async () => {
    const answer = await pageOf('test.Doc.query', { pageSize: 100, pageNo: 0 }, { pagedRowCount: 200 });
    expect((answer.data as { order: unknown[] }).order).toHaveLength(50);
  });
});
