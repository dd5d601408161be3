import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePagesDir } from './docPaths.ts';
import { parsePage } from './parsePage.ts';
import { recordRequiredResults, requiredResultFields } from './recordRequiredResults.ts';
import type { FieldSchema } from './specTypes.ts';

// data: { record (必须 是): [rows of the table headed order_list, all 17 fields Y], total_count (是) }.
const method = 'wms.stockin.Refund.returnLogisticsPackageQuery';
const page = parsePage(readFileSync(join(fixturePagesDir, `${method}.md`), 'utf8'), `${method}.md`);
const ROW_FIELDS = 17;

const rows: FieldSchema = { type: 'array', items: { type: 'object', properties: { rec_id: { type: 'integer' }, refund_no: { type: 'string' }, undocumented: { type: 'string' } } } };

describe('requiredResultFields', () => {
  it.each<[string, FieldSchema | null, { path: (string | number)[]; names: string[] }[], number]>([
    ['the shape the page describes', { type: 'object', properties: { record: rows, total_count: { type: 'integer' } } }, [
      { path: ['returns'], names: ['record', 'total_count'] },
      { path: ['returns', 'properties', 'record', 'items'], names: ['rec_id', 'refund_no'] },
    ], ROW_FIELDS - 2],
    ['data as the list itself (the spec drops the wrapper the page documents)', rows, [
      { path: ['returns', 'items'], names: ['rec_id', 'refund_no'] },
    ], 2 + ROW_FIELDS - 2],
    ['the documented fields one level deeper (data.data)', { type: 'object', properties: { data: { type: 'object', properties: { record: rows, total_count: {} } } } }, [
      { path: ['returns', 'properties', 'data'], names: ['record', 'total_count'] },
      { path: ['returns', 'properties', 'data', 'properties', 'record', 'items'], names: ['rec_id', 'refund_no'] },
    ], ROW_FIELDS - 2],
    ['an open object: every page-required field is missing', { type: 'object', additionalProperties: true }, [], 2 + ROW_FIELDS],
    ['a void result', null, [], 0],
  ])('%s', (_case, returns, lists, missing) => {
    const found = requiredResultFields({ returns }, page);
    expect(found.lists).toEqual(lists);
    expect(found.missing).toHaveLength(missing);
  });

  it('names the missing fields by their path in the spec', () => {
    expect(requiredResultFields({ returns: rows }, page).missing.slice(0, 3)).toEqual(['data.record', 'data.total_count', 'data[].logistics_name']);
  });
});

describe('recordRequiredResults', () => {
  const spec = [
    'method: wms.stockin.Refund.returnLogisticsPackageQuery',
    '# the result, reviewed',
    'returns:',
    '  type: object',
    '  properties:',
    '    record:',
    '      type: array',
    '      items: { type: object, properties: { rec_id: { type: integer }, refund_no: { type: string } } }',
    '    total_count: { type: integer }',
    '',
  ].join('\n');

  it('adds only required lines, and nothing on a second run', () => {
    const first = recordRequiredResults(spec, page);
    expect(first.text).toBe(spec
      .replace('  properties:\n    record', '  required: [record, total_count]\n  properties:\n    record')
      .replace('{ type: object, properties: { rec_id', '{ type: object, required: [rec_id, refund_no], properties: { rec_id'));
    expect(first).toMatchObject({ added: 4, recorded: 4 });
    expect(first.missing).toHaveLength(ROW_FIELDS - 2);
    const second = recordRequiredResults(first.text, page);
    expect(second).toMatchObject({ text: first.text, added: 0, recorded: 4 });
  });
});
