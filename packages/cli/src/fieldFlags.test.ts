import type { ArgSpec } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { applyFieldFlags, fieldFlagsOf } from './fieldFlags.js';

const query: ArgSpec[] = [
  {
    name: 'params',
    required: true,
    schema: { type: 'object', properties: { start_time: { type: 'string', title: '开始时间' }, status: { type: 'integer' }, json: { type: 'string' } } },
  },
];
const weighing: ArgSpec[] = [
  { name: 'logisticsOrTradeNo', required: true, schema: { type: 'string' } },
  { name: 'packagerId', required: true, schema: { type: 'integer' } },
];

describe('--<field> flags', () => {
  it('one per field of an object argument, leaving out names the CLI uses', () => {
    expect(fieldFlagsOf(query, new Set(['json'])).map((f) => f.flag)).toEqual(['start_time', 'status']);
  });
  it('one per scalar argument', () => {
    expect(fieldFlagsOf(weighing, new Set()).map((f) => [f.flag, f.argIndex])).toEqual([
      ['logisticsOrTradeNo', 0],
      ['packagerId', 1],
    ]);
  });
  it.each<[string, ArgSpec[], unknown[], Record<string, string>, unknown[]]>([
    ['fields fill the object, coerced', query, [], { start_time: '2024-01-01 00:00:00', status: '10' }, [{ start_time: '2024-01-01 00:00:00', status: 10 }]],
    ['fields merge into a positional object', query, [{ status: 5 }], { start_time: 'x' }, [{ status: 5, start_time: 'x' }]],
    ['a scalar flag overrides its positional value', weighing, ['A', 1], { packagerId: '7' }, ['A', 7]],
  ])('%s', (_label, args, positional, given, expected) => {
    expect(applyFieldFlags(positional, fieldFlagsOf(args, new Set(['json'])), given)).toEqual(expected);
  });
});

// Regression: `--order_no_list QR3798` failed with "expected JSON (array)".
describe('list flags take repeated values, plain values or a JSON array', () => {
  const cancel: ArgSpec[] = [{ name: 'order_no_list', required: true, schema: { type: 'array', items: { type: 'string' } } }];
  const detail: ArgSpec[] = [{ name: 'params', required: true, schema: { type: 'object', properties: { ids: { type: 'array', items: { type: 'integer' } }, lines: { type: 'array', items: { type: 'object' } } } } }];
  it.each<[string, ArgSpec[], Record<string, string[]>, unknown[]]>([
    ['one plain value is a one-item list', cancel, { order_no_list: ['QR3798'] }, [['QR3798']]],
    ['repeated flags', cancel, { order_no_list: ['QR1', 'QR2'] }, [['QR1', 'QR2']]],
    ['a JSON array', cancel, { order_no_list: ['["QR1","QR2"]'] }, [['QR1', 'QR2']]],
    ['a JSON array and a plain value', cancel, { order_no_list: ['["QR1"]', 'QR2'] }, [['QR1', 'QR2']]],
    ['items coerced by their type', detail, { ids: ['1', '2'] }, [{ ids: [1, 2] }]],
    ['objects one per flag', detail, { lines: ['{"a":1}', '{"b":2}'] }, [{ lines: [{ a: 1 }, { b: 2 }] }]],
  ])('%s', (_label, args, given, expected) => {
    const flags = fieldFlagsOf(args, new Set());
    expect(flags.every((f) => f.repeatable)).toBe(true);
    expect(applyFieldFlags([], flags, given)).toEqual(expected);
  });
  it('lists enum values with their labels in the flag description', () => {
    const [flag] = fieldFlagsOf([{ name: 'params', schema: { type: 'object', properties: { time_type: { type: 'integer', title: '时间类型', enum: [1, 2], 'x-enumLabels': { '1': '创建时间', '2': '最后修改时间' } } } } }], new Set());
    expect(flag!.description).toBe('params.time_type integer 时间类型 [1=创建时间, 2=最后修改时间]');
  });
});
