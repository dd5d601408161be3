// Writes a synthetic catalog of N specs (half paged queries with nested items, half writes) into a
// folder, with the real spec schema, to measure how generation, type-checking and bundles scale.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const field = (title, type, extra = {}) => ({ title, description: title, type, ...extra });

function querySpec(i) {
  const method = `synthetic.Group${Math.floor(i / 10)}.Thing${i}.queryWithDetail`;
  return {
    method,
    title: `合成查询${i}`,
    description: `合成的分页查询 ${i}`,
    category: '库存类',
    minClientVersion: 'V1.0.0.0',
    idempotent: true,
    paged: { listKey: 'order', total: 'data.total_count' },
    timeWindow: { start: 'start_time', end: 'end_time', maxSpan: '30d' },
    args: [
      {
        name: 'params',
        title: '查询参数',
        required: true,
        schema: {
          type: 'object',
          required: ['start_time', 'end_time'],
          properties: {
            start_time: field('开始时间', 'string', { format: 'datetime' }),
            end_time: field('结束时间', 'string', { format: 'datetime' }),
            warehouse_no: field('仓库编号', 'string'),
            status: field('状态', 'integer', { enum: [10, 20, 30], 'x-enumLabels': { 10: '待审核', 20: '已审核', 30: '已完成' } }),
          },
        },
      },
    ],
    returns: {
      type: 'object',
      properties: {
        total_count: field('总数', 'integer'),
        order: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              order_no: field('单号', 'string'),
              num: field('数量', ['number', 'string'], { format: 'decimal' }),
              created: field('创建时间', ['string', 'integer'], { format: 'epoch-ms' }),
              detail_list: { type: 'array', items: { type: 'object', properties: { spec_no: field('商家编码', 'string'), num: field('数量', ['number', 'string']) } } },
            },
          },
        },
      },
    },
    examples: { request: [{ start_time: '2024-01-01 00:00:00', end_time: '2024-01-02 00:00:00' }] },
  };
}

function writeSpec(i) {
  return {
    method: `synthetic.Group${Math.floor(i / 10)}.Thing${i}.cancel`,
    title: `合成取消${i}`,
    idempotent: false,
    paged: false,
    args: [{ name: 'order_no', title: '单号', required: true, schema: { type: 'string' } }],
    returns: null,
  };
}

/** Writes `count` specs to `dir` (which also gets the schema) and returns the folder. */
export function writeSyntheticCatalog(dir, count, schemaFile) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(schemaFile, join(dir, 'spec.schema.json'));
  for (let i = 0; i < count; i++) {
    const spec = i % 2 === 0 ? querySpec(i) : writeSpec(i);
    writeFileSync(join(dir, `${spec.method}.yaml`), `# yaml-language-server: $schema=./spec.schema.json\n${stringify(spec)}`);
  }
  return dir;
}
