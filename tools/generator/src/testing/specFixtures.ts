import { afterAll } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoSpecsDir = fileURLToPath(new URL('../../../../specs', import.meta.url));

/** A temporary specs folder holding the real schema, the real seed specs if asked, and the given files. */
// One scratch folder per test file, removed after its tests.
const scratch = mkdtempSync(join(tmpdir(), 'wdt-specs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh scratch folder (removed with the others after the test file). */
export const scratchFolder = (prefix: string) => mkdtempSync(join(scratch, prefix));

export function specsFolder(files: Record<string, string>, { withSeeds = false } = {}): string {
  const dir = scratchFolder('specs-');
  copyFileSync(join(repoSpecsDir, 'spec.schema.json'), join(dir, 'spec.schema.json'));
  if (withSeeds) {
    // Each cancel's mock declaration names the resource its query defines: the query comes along.
    for (const seed of ['wms.stockin.PreStockin.cancel.yaml', 'wms.stockin.PreStockin.search.yaml', 'wms.stockother.In.cancelOrder.yaml', 'wms.stockother.InQuery.queryWithDetail.yaml']) {
      writeFileSync(join(dir, seed), readFileSync(join(repoSpecsDir, seed)));
    }
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A small valid paged query spec used by several tests. */
export const pagedQuerySpec = `method: demo.Thing.search
title: 示例查询
idempotent: true
paged:
  listKey: order
  total: data.total_count
timeWindow:
  start: start_time
  end: end_time
  maxSpan: 30d
args:
  - name: params
    title: 查询参数
    required: true
    schema:
      type: object
      required: [start_time, end_time]
      properties:
        start_time: { type: string, format: datetime, title: 开始时间 }
        end_time: { type: string, format: datetime, title: 结束时间 }
        status: { type: integer, enum: [1, 10], x-enumLabels: { "1": 编辑中, "10": 待审核 } }
returns:
  type: object
  properties:
    total_count: { type: integer }
    order:
      type: array
      items:
        type: object
        properties:
          order_no: { type: string, title: 单号 }
examples:
  request: [{ start_time: "2024-01-01 00:00:00", end_time: "2024-01-02 00:00:00" }]
`;
