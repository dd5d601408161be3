// Test support: a small method table with the shapes the catalog has (scalar writes, an object
// write, paged queries with both total locations and time windows), independent of specs/.
import type { ArgSpec, FieldSchema } from '@wdt-kit/core';
import type { MockMethodSpec } from '../MockMethodSpec.js';

const documentRow: FieldSchema = {
  type: 'object',
  properties: {
    order_no: { type: 'string', maxLength: 20 },
    status: { type: 'integer', enum: [10, 20, 30] },
    num: { type: ['number', 'string'], format: 'decimal' },
    created: { type: 'string', format: 'datetime' },
    modified: { type: 'integer', format: 'epoch-ms' },
    details: { type: 'array', items: { type: 'object', properties: { spec_no: { type: 'string' }, defect: { type: 'boolean' } } } },
  },
};

const timeRangeParams = (required: boolean): ArgSpec => ({
    name: 'params',
    required: true,
    schema: {
      type: 'object',
      ...(required ? { required: ['start_time', 'end_time'] } : {}),
      properties: {
        start_time: { type: 'string', format: 'datetime' },
        end_time: { type: 'string', format: 'datetime' },
        status: { type: 'integer' },
      },
    },
});

export const fixtureMethods: Record<string, MockMethodSpec> = {
  'test.Doc.cancel': {
    method: 'test.Doc.cancel',
    title: '单据取消',
    idempotent: false,
    paged: false,
    args: [
      { name: 'order_no', required: true, schema: { type: 'string' } },
      { name: 'is_force', required: false, schema: { type: 'boolean' } },
    ],
    returns: null,
  },
  // A required argument the page's own example sends as null (wms.stockout.Sales.onceWeighing's operateTableName).
  'test.Doc.weigh': {
    method: 'test.Doc.weigh',
    title: '称重',
    idempotent: false,
    paged: false,
    args: [
      { name: 'order_no', required: true, schema: { type: 'string' } },
      { name: 'table_name', required: true, schema: { type: ['string', 'null'] } },
    ],
    returns: null,
  },
  'test.Doc.push': {
    method: 'test.Doc.push',
    title: '单据推送',
    idempotent: false,
    paged: false,
    args: [
      {
        name: 'order',
        required: true,
        schema: {
          type: 'object',
          required: ['warehouse_no'],
          properties: {
            warehouse_no: { type: 'string' },
            remark: { type: 'string' },
            details: { type: 'array', items: { type: 'object', properties: { spec_no: { type: 'string' }, num: { type: 'integer' } } } },
          },
        },
      },
    ],
    returns: { type: 'object', properties: { order_no: { type: 'string' }, new_count: { type: 'integer', minimum: 1, maximum: 5 } } },
  },
  'test.Doc.echoExample': {
    method: 'test.Doc.echoExample',
    title: '有示例的方法',
    idempotent: true,
    paged: false,
    args: [],
    returns: { type: 'object', properties: { now: { type: 'string' } } },
    examples: { request: [], response: { status: 0, data: { now: '2024-01-01 08:00:00' } } },
  },
  'test.Doc.query': {
    method: 'test.Doc.query',
    title: '单据查询',
    idempotent: true,
    paged: { listKey: 'order', total: 'data.total_count', maxPageSize: 50 },
    timeWindow: { start: 'start_time', end: 'end_time', maxSpan: '30d' },
    args: [timeRangeParams(true)],
    returns: { type: 'object', properties: { total_count: { type: 'integer' }, order: { type: 'array', items: documentRow } } },
    examples: { request: [{ start_time: '2024-01-01 00:00:00', end_time: '2024-01-02 00:00:00' }], response: { status: 0, data: { total_count: 1, order: [] } } },
  },
  'test.Doc.queryHourly': {
    method: 'test.Doc.queryHourly',
    title: '按小时查询',
    idempotent: true,
    paged: { listKey: null, total: 'total' },
    timeWindow: { start: 'start_time', end: 'end_time', maxSpan: '60min' },
    args: [timeRangeParams(true)],
    returns: { type: 'array', items: documentRow },
  },
  'test.Doc.queryWeekly': {
    method: 'test.Doc.queryWeekly',
    title: '按周查询（时间可选）',
    idempotent: true,
    paged: { listKey: 'details', total: 'data.total_count' },
    timeWindow: { start: 'start_time', end: 'end_time', maxSpan: '7d' },
    args: [timeRangeParams(false)],
    returns: { type: 'object', properties: { total_count: { type: 'integer' }, shop_count: { type: 'integer' }, details: { type: 'array', items: documentRow } } },
  },
};
