import type { ArgSpec } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { coerceArgs, coerceValue, isVariadic, parseArgsJson } from './coerceArgs.js';
import { UsageError } from './exitCodes.js';

describe('coerceValue reads a command-line value as the schema type', () => {
  it.each<[string, string, ArgSpec['schema'], unknown]>([
    ['a string stays a string', '007', { type: 'string' }, '007'],
    ['an integer', '-42', { type: 'integer' }, -42],
    ['a number', '1.25', { type: 'number' }, 1.25],
    ['a decimal keeps what was typed', '1.2000', { type: ['number', 'string'], format: 'decimal' }, '1.2000'],
    ['a boolean true', 'true', { type: 'boolean' }, true],
    ['a boolean 0', '0', { type: 'boolean' }, false],
    ['an object as JSON', '{"a":1}', { type: 'object' }, { a: 1 }],
    ['an array as JSON', '[1,2]', { type: 'array', items: { type: 'integer' } }, [1, 2]],
  ])('%s', (_label, text, schema, expected) => {
    expect(coerceValue(text, schema, 'x')).toEqual(expected);
  });

  it.each<[string, string, ArgSpec['schema']]>([
    ['an integer that is not one', '1.5', { type: 'integer' }],
    ['a boolean that is not one', 'yes', { type: 'boolean' }],
    ['an object that is not JSON', '{a:1}', { type: 'object' }],
  ])('rejects %s as a usage error naming the argument', (_label, text, schema) => {
    expect(() => coerceValue(text, schema, 'packagerId')).toThrowError(UsageError);
    expect(() => coerceValue(text, schema, 'packagerId')).toThrowError(/packagerId/);
  });
});

describe('coerceArgs builds the positional argument array', () => {
  const weighing: ArgSpec[] = [
    { name: 'logisticsOrTradeNo', required: true, schema: { type: 'string' } },
    { name: 'packageBarcode', required: true, schema: { type: 'string' } },
    { name: 'weight', required: true, schema: { type: ['number', 'string'], format: 'decimal' } },
    { name: 'packagerId', required: true, schema: { type: 'integer' } },
    { name: 'force', required: true, schema: { type: 'boolean' } },
  ];
  it('five scalars in body order', () => {
    expect(coerceArgs(['ZS201912060028', '', '1.2', '0', 'false'], weighing)).toEqual(['ZS201912060028', '', '1.2', 0, false]);
  });
  it('a variadic list of strings as one array argument', () => {
    const list: ArgSpec[] = [{ name: 'order_no_list', required: true, schema: { type: 'array', items: { type: 'string' } } }];
    expect(isVariadic(list[0]!, 0, list)).toBe(true);
    expect(coerceArgs([['QR3796', 'QR3795']], list)).toEqual([['QR3796', 'QR3795']]);
  });
  it('leaves out trailing optional arguments that were not given', () => {
    expect(coerceArgs(['A', undefined], [weighing[0]!, { name: 'x', schema: { type: 'string' } }])).toEqual(['A']);
  });
});

describe('parseArgsJson', () => {
  it('accepts a JSON array', () => expect(parseArgsJson('[["QR1"]]', '--json')).toEqual([['QR1']]));
  it.each(['{"a":1}', 'not json', ''])('rejects %j as a usage error', (text) => expect(() => parseArgsJson(text, '--json')).toThrowError(UsageError));
});
