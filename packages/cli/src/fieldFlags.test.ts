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
