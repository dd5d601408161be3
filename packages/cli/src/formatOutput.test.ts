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
