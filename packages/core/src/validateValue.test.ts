import { describe, expect, it } from 'vitest';
import type { ArgSpec, FieldSchema } from './schema.js';
import { validateArgs, validateValue } from './validateValue.js';

const item: FieldSchema = {
  type: 'object',
  required: ['spec_no', 'num'],
  properties: {
    spec_no: { type: 'string', maxLength: 5 },
    num: { type: ['number', 'string'], format: 'decimal' },
    status: { type: 'integer', enum: [1, 10, 20] },
    created: { type: 'string', format: 'datetime' },
  },
};

describe('validateValue names the path and the broken rule', () => {
  it.each<[string, unknown, string[]]>([
    ['a valid object', { spec_no: 'A1', num: '1.5' }, []],
    ['decimal as number', { spec_no: 'A1', num: 2 }, []],
    ['missing required', { spec_no: 'A1' }, ['$.num required']],
    ['wrong type', { spec_no: 1, num: 1 }, ['$.spec_no type']],
    ['too long', { spec_no: 'ABCDEF', num: 1 }, ['$.spec_no maxLength']],
    ['not in enum', { spec_no: 'A', num: 1, status: 5 }, ['$.status enum']],
    ['bad datetime', { spec_no: 'A', num: 1, created: '2024-01-01T00:00:00Z' }, ['$.created format']],
    ['unknown field', { spec_no: 'A', num: 1, shop_no: 'x' }, ['$.shop_no unknownField']],
    ['not an object', 'x', ['$ type']],
    // Regression: `weighingExt … abc` was sent and exited 0.
    ['decimal that is not a number', { spec_no: 'A', num: 'abc' }, ['$.num format']],
    ['decimal with an exponent', { spec_no: 'A', num: '1e3' }, ['$.num format']],
    ['decimal string', { spec_no: 'A', num: '-12.3400' }, []],
    ['decimal left empty (official examples)', { spec_no: 'A', num: '' }, []],
    ['decimal NaN', { spec_no: 'A', num: Number.NaN }, ['$.num finite']],
    ['decimal Infinity', { spec_no: 'A', num: Number.POSITIVE_INFINITY }, ['$.num finite']],
    // Regression: integers beyond ±2^53 were silently rounded on the wire.
    ['integer beyond 2^53', { spec_no: 'A', num: 1, status: 2 ** 53 + 2 }, ['$.status safeInteger']],
    ['largest safe integer (not in enum)', { spec_no: 'A', num: Number.MAX_SAFE_INTEGER }, []],
  ])('%s', (_label, value, expected) => {
    const issues = validateValue(value, item, '$', { closedObjects: true });
    expect(issues.map((i) => `${i.path} ${i.rule}`)).toEqual(expected);
  });

  it('descends into arrays', () => {
    const issues = validateValue([{ spec_no: 'A', num: 1 }, { spec_no: 'B' }], { type: 'array', items: item }, 'list');
    expect(issues).toEqual([{ path: 'list[1].num', rule: 'required', message: 'is required' }]);
  });
});

describe('validateArgs checks positional arguments', () => {
  const args: ArgSpec[] = [
    { name: 'no', required: true, schema: { type: 'string' } },
    { name: 'force', required: false, schema: { type: 'boolean' } },
  ];
  it.each<[string, unknown[], string[]]>([
    ['all given', ['A', true], []],
    ['optional trailing left out', ['A'], []],
    ['required missing', [], ['args[0] (no) required']],
    ['too many', ['A', true, 3], ['args count']],
    ['wrong type', ['A', 'yes'], ['args[1] (force) type']],
  ])('%s', (_label, values, expected) => {
    expect(validateArgs(values, args).map((i) => `${i.path} ${i.rule}`)).toEqual(expected);
  });
});
