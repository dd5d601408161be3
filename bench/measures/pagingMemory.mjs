import { createServer } from 'node:http';
import { once } from 'node:events';
import { WdtClient } from '../../packages/client/dist/index.js';
import { row } from './timing.mjs';

const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: 'a:b' };

/** Pages 100 000 items through paginate and reports heap growth (after GC) against the start. */
export async function measurePagingMemory({ quick }) {
  const total = quick ? 5_000 : 100_000;
  const server = createServer((req, res) => {
    const q = new URL(req.url, 'http://x').searchParams;
    const pageNo = Number(q.get('page_no'));
    const pageSize = Number(q.get('page_size'));
    const rows = [];
    for (let i = pageNo * pageSize; i < Math.min(total, (pageNo + 1) * pageSize); i++) rows.push({ order_no: `NO${i}`, num: '1.0000', remark: 'x'.repeat(64) });
    req.resume();
    res.end(JSON.stringify({ status: 0, data: { total_count: total, order: rows } }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const wdt = new WdtClient({ ...account, baseUrl: `http://127.0.0.1:${server.address().port}/openapi` });
  const meta = { method: 'bench.Paging.search', title: 'bench', idempotent: true, paged: { listKey: 'order', total: 'data.total_count' }, args: [{ name: 'params', required: true, schema: { type: 'object' } }] };
  const { paginateItems } = await import('../../packages/client/dist/index.js');
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let count = 0;
  for await (const item of paginateItems(wdt, meta, {}, { pageSize: 1000 })) {
    if (item) count++;
    if (count % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  globalThis.gc?.();
  const after = process.memoryUsage().heapUsed;
  server.close();
  if (count !== total) throw new Error(`paged ${count} items, expected ${total}`);
  const mb = (bytes) => bytes / 1024 / 1024;
  return [row({ measure: `paging ${total} items: peak heap growth`, value: mb(peak - before), baseline: mb(before), ratio: (peak - before) / before, target: '< 50 MB growth', unit: 'MB', note: `after GC: ${mb(after - before).toFixed(1)} MB${globalThis.gc ? '' : ' (run with --expose-gc for exact figures)'}` })];
}
