import type { Pager } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import { envelopeOf, FIXED_NOW_MS } from '../testing/callMock.js';
import { fixtureMethods } from '../testing/fixtureMethods.js';

const page: Pager = { pageSize: 10, pageNo: 0 };
const day = { start_time: '2024-01-01 00:00:00', end_time: '2024-01-02 00:00:00' };

function callFixture(method: string, args: unknown[], pager?: Pager) {
  const mock = createMockFetch({ now: () => FIXED_NOW_MS, methods: fixtureMethods });
  return envelopeOf(mock, { method, args, ...(pager ? { pager } : {}) });
}

type Case = [label: string, method: string, args: unknown[], pager: Pager | undefined, answer: { status: number; message?: string }];

describe('arguments are checked against the spec as the server binds them', () => {
  it.each<Case>([
    ['every argument', 'test.Doc.cancel', ['A1', true], undefined, { status: 0 }],
    ['the optional trailing argument left out', 'test.Doc.cancel', ['A1'], undefined, { status: 0 }],
    ['an optional argument sent as null', 'test.Doc.cancel', ['A1', null], undefined, { status: 0 }],
    ['no argument at all', 'test.Doc.cancel', [], undefined, { status: 1, message: '参数个数错误' }],
    ['one argument too many', 'test.Doc.cancel', ['A1', true, 3], undefined, { status: 1, message: '参数个数错误' }],
    ['a number for a string', 'test.Doc.cancel', [7], undefined, { status: 1, message: 'argument type mismatch' }],
    ['a string for a boolean', 'test.Doc.cancel', ['A1', 'true'], undefined, { status: 1, message: 'argument type mismatch' }],
    ['an array for an object', 'test.Doc.push', [[]], undefined, { status: 1, message: 'argument type mismatch' }],
    ['a nested wrong type', 'test.Doc.push', [{ warehouse_no: 'W1', details: [{ spec_no: 'S1', num: 1.5 }] }], undefined, { status: 1, message: 'argument type mismatch' }],
    ['an unknown field', 'test.Doc.push', [{ warehouse_no: 'W1', shop_no: 'S' }], undefined, { status: 2, message: 'shop_no' }],
    ['an unknown nested field', 'test.Doc.push', [{ warehouse_no: 'W1', details: [{ spec_no: 'S1', goods_no: 'G' }] }], undefined, { status: 2, message: 'goods_no' }],
    ['a required field left out', 'test.Doc.push', [{ remark: 'r' }], undefined, { status: 100, message: 'warehouse_no不能为空' }],
    ['a required argument sent as null', 'test.Doc.cancel', [null], undefined, { status: 100, message: 'order_no不能为空' }],
    ['null for a required argument whose spec admits null', 'test.Doc.weigh', ['A1', null], undefined, { status: 0 }],
    ['a wrong type before an unknown field', 'test.Doc.push', [{ warehouse_no: 1, shop_no: 'S' }], undefined, { status: 1, message: 'argument type mismatch' }],
  ])('%s', async (_label, method, args, pager, answer) => {
    expect(await callFixture(method, args, pager)).toMatchObject(answer);
  });
});

describe('paged methods need a pager', () => {
  it.each([['test.Doc.query'], ['test.Doc.queryHourly']])('%s without one: status 100 此方法仅支持分页查询：<method>', async (method) => {
    expect(await callFixture(method, [day])).toEqual({ status: 100, message: `此方法仅支持分页查询：${method}` });
  });

  it('a non-paged method ignores a pager', async () => {
    expect(await callFixture('test.Doc.cancel', ['A1'], page)).toEqual({ status: 0 });
  });
});

describe('time windows are checked against the spec', () => {
  it.each<Case>([
    ['exactly 30 days', 'test.Doc.query', [{ start_time: '2024-01-01 00:00:00', end_time: '2024-01-31 00:00:00' }], page, { status: 0 }],
    ['30 days and a second', 'test.Doc.query', [{ start_time: '2024-01-01 00:00:00', end_time: '2024-01-31 00:00:01' }], page, { status: 100, message: '您的查询时间过宽,查询时间不能大于30天' }],
    ['61 minutes for a 60-minute window', 'test.Doc.queryHourly', [{ start_time: '2024-01-01 00:00:00', end_time: '2024-01-01 01:01:00' }], page, { status: 100, message: '您的查询时间过宽,查询时间不能大于60分钟' }],
    ['8 days for a 7-day window', 'test.Doc.queryWeekly', [{ start_time: '2024-01-01 00:00:00', end_time: '2024-01-09 00:00:00' }], page, { status: 100, message: '您的查询时间过宽,查询时间不能大于7天' }],
    ['no end when both ends are required', 'test.Doc.query', [{ start_time: '2024-01-01 00:00:00' }], page, { status: 100, message: '参数中必须包含起止时间' }],
    ['an empty start when both ends are required', 'test.Doc.query', [{ start_time: '', end_time: '2024-01-01 00:00:00' }], page, { status: 100, message: '参数中必须包含起止时间' }],
    ['no window where the window is optional', 'test.Doc.queryWeekly', [{ status: 10 }], page, { status: 0 }],
    ['a date the server cannot parse', 'test.Doc.query', [{ start_time: '2023/02/06 17:59:19', end_time: '2023-02-07 00:00:00' }], page, { status: 100, message: 'Unparseable date: 2023/02/06 17:59:19' }],
    ['an unknown field before the window', 'test.Doc.query', [{ start_time: '2024-01-01 00:00:00', end_time: '2024-03-01 00:00:00', shop_no: 'S' }], page, { status: 2, message: 'shop_no' }],
  ])('%s', async (_label, method, args, pager, answer) => {
    expect(await callFixture(method, args, pager)).toMatchObject(answer);
  });
});

describe('fields inside an object argument are bound as the server binds a Map', () => {
  const push = (order: Record<string, unknown>) => callFixture('test.Doc.push', [{ warehouse_no: 'W1', ...order }]);

  it.each<[string, Record<string, unknown>, { status: number; message?: string }]>([
    ['a numeric string for an integer ("num":"3" in three pages\' examples)', { details: [{ spec_no: 'S1', num: '3' }] }, { status: 0 }],
    ['a decimal string for an integer', { details: [{ spec_no: 'S1', num: '3.5' }] }, { status: 1, message: 'argument type mismatch' }],
    ['a word for an integer', { details: [{ spec_no: 'S1', num: 'three' }] }, { status: 1, message: 'argument type mismatch' }],
    ['a number for a string (no page shows the server accepting it)', { remark: 7 }, { status: 1, message: 'argument type mismatch' }],
    ['null for an optional field', { remark: null }, { status: 0 }],
    ['null for a required field ("若无则传null": the key is there)', { warehouse_no: null }, { status: 0 }],
    ['null in a nested list item', { details: [{ spec_no: null, num: 1 }] }, { status: 0 }],
  ])('%s', async (_label, order, answer) => {
    expect(await push(order)).toMatchObject(answer);
  });

  it('reads 0 and 1 as booleans where the field is boolean ("hide_deleted":1)', async () => {
    const seen: unknown[] = [];
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, methods: { flag: { method: 'flag', title: 'flag', idempotent: false, paged: false, returns: null, args: [{ name: 'params', required: true, schema: { type: 'object', properties: { on: { type: 'boolean' } } } }] } }, behaviours: { flag: ({ args }) => (seen.push(args[0]), { status: 0 }) } });
    expect(await envelopeOf(mock, { method: 'flag', args: [{ on: 1 }] })).toEqual({ status: 0 });
    expect(await envelopeOf(mock, { method: 'flag', args: [{ on: 2 }] })).toEqual({ status: 1, message: 'argument type mismatch' });
    expect(seen).toEqual([{ on: true }]);
  });

  it('keeps a positional argument as sent: 1 is not a boolean there', async () => {
    expect(await callFixture('test.Doc.cancel', ['A1', 1])).toEqual({ status: 1, message: 'argument type mismatch' });
  });
});
