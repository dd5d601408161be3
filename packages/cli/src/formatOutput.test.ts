import { describe, expect, it } from 'vitest';
import { formatOutput, formatTable, rowsOf } from './formatOutput.js';

const page = { total_count: 2, order: [{ order_no: 'A1', status: 10 }, { order_no: 'B2', status: 20, remark: '加急' }] };

describe('output formats', () => {
  it('json: the data, one line when piped', () => expect(formatOutput(page, 'json', false)).toBe(`${JSON.stringify(page)}\n`));
  it('ndjson: one row per line from the first list', () => expect(formatOutput(page, 'ndjson', false)).toBe('{"order_no":"A1","status":10}\n{"order_no":"B2","status":20,"remark":"加急"}\n'));
  it('ndjson of something without rows is one line', () => expect(formatOutput({ status: 0 }, 'ndjson', false)).toBe('{"status":0}\n'));
  it('table: columns in first-seen order, CJK counted as two columns', () => {
    expect(formatTable(page.order)).toBe(['order_no  status  remark', '--------  ------  ------', 'A1        10', 'B2        20      加急', ''].join('\n'));
  });
  it.each<[string, unknown, unknown[] | undefined]>([
    ['a list', [1, 2], [1, 2]],
    ['a page', page, page.order],
    ['an object without lists', { a: 1 }, undefined],
    ['nothing', undefined, undefined],
  ])('rowsOf %s', (_label, data, rows) => expect(rowsOf(data)).toEqual(rows));
});

describe('--fields chooses what is printed', () => {
  const nested = { total_count: 1, order: [{ order_no: 'A1', status: 10, goods: { num: 3, name: 'x' } }] };
  it.each<[string, 'json' | 'ndjson' | 'table', string]>([
    ['json keeps the other keys and picks fields of each row', 'json', '{"total_count":1,"order":[{"order_no":"A1","goods":{"num":3}}]}\n'],
    ['ndjson picks fields of each row', 'ndjson', '{"order_no":"A1","goods":{"num":3}}\n'],
    ['table has exactly those columns', 'table', 'order_no  goods.num\n--------  ---------\nA1        3\n'],
  ])('%s', (_label, format, expected) => {
    expect(formatOutput(nested, format, false, [['order_no'], ['goods', 'num']])).toBe(expected);
  });
  it('json of data without rows picks from the data itself', () => expect(formatOutput({ a: 1, b: { c: 2, d: 3 } }, 'json', false, [['b', 'c']])).toBe('{"b":{"c":2}}\n'));
});

// Regression: server text with escape sequences and newlines was printed raw (clear screen, fake rows).
describe('server strings are shown with control characters escaped in every format', () => {
  const hostile = { order: [{ order_no: 'A\u001b[2J\nwdt: ok\u009b', remark: '\u202eevil' }] };
  it.each(['json', 'ndjson', 'table'] as const)('%s', (format) => {
    for (const pretty of [false, true]) {
      const out = formatOutput(hostile, format, pretty);
      expect(out.slice(0, -1)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      if (format === 'table') expect(out.split('\n')).toHaveLength(4); // heading, rule, one row, end
      else if (!pretty) expect(out.split('\n')).toHaveLength(2);
      expect(out).toContain('\\u001b[2J');
    }
  });
});
