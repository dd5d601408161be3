import { WdtPaginationError, type MethodMeta } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { paginateItems, paginateTimeRange } from './paginate.js';
import { WdtBareClient } from './WdtBareClient.js';

const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: 'a:b' };

const query = (total: MethodMeta['paged']): MethodMeta => ({
  method: 'demo.Thing.search',
  title: '示例查询',
  idempotent: true,
  paged: total,
  timeWindow: { start: 'start_time', end: 'end_time', maxSpan: '1d' },
  args: [{ name: 'params', required: true, schema: { type: 'object' } }],
});

/** A server holding `count` rows that answers pages in either total shape and records each request. */
function pagingServer(count: number, shape: 'data.total_count' | 'total') {
  const requests: { pageNo: number; pageSize: number; calcTotal: boolean; params: Record<string, unknown> }[] = [];
  const fetch = async (url: string, init: { body: string }) => {
    const q = new URL(url).searchParams;
    const pageNo = Number(q.get('page_no'));
    const pageSize = Number(q.get('page_size'));
    const calcTotal = q.get('calc_total') === '1';
    requests.push({ pageNo, pageSize, calcTotal, params: JSON.parse(init.body)[0] });
    const rows = Array.from({ length: count }, (_, i) => ({ no: i })).slice(pageNo * pageSize, (pageNo + 1) * pageSize);
    const envelope = shape === 'total' ? { status: 0, ...(calcTotal ? { total: count } : {}), data: rows } : { status: 0, data: { ...(calcTotal ? { total_count: count } : {}), order: rows } };
    return new Response(JSON.stringify(envelope));
  };
  return { client: new WdtBareClient({ ...account, fetch }), requests };
}

const collect = async <T>(iterable: AsyncIterable<T>) => {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

describe('paginateItems yields items, not pages, and stops correctly', () => {
  it.each([
    ['total in data.total_count', 'data.total_count', { listKey: 'order', total: 'data.total_count' }],
    ['top-level total', 'total', { listKey: null, total: 'total' }],
  ] as const)('%s', async (_label, shape, paged) => {
    const { client, requests } = pagingServer(25, shape);
    const items = await collect(paginateItems<{ no: number }>(client, query(paged), {}, { pageSize: 10 }));
    expect(items.map((i) => i.no)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(requests.map((r) => [r.pageNo, r.calcTotal])).toEqual([
      [0, true],
      [1, false],
      [2, false],
    ]);
  });

  it('stops at the total without asking for an empty page', async () => {
    const { client, requests } = pagingServer(20, 'data.total_count');
    await collect(paginateItems(client, query({ listKey: 'order', total: 'data.total_count' }), {}, { pageSize: 10 }));
    expect(requests).toHaveLength(2);
  });

  it('stops on a short page when no total is reported', async () => {
    const { client, requests } = pagingServer(0, 'data.total_count');
    expect(await collect(paginateItems(client, query({ listKey: 'order', total: 'data.total_count' }), {}, { pageSize: 10 }))).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('resumes from a page and honours maxItems', async () => {
    const { client, requests } = pagingServer(50, 'data.total_count');
    const items = await collect(paginateItems<{ no: number }>(client, query({ listKey: 'order', total: 'data.total_count' }), {}, { pageSize: 10, startPage: 2, maxItems: 15 }));
    expect(items.map((i) => i.no)).toEqual(Array.from({ length: 15 }, (_, i) => 20 + i));
    expect(requests.map((r) => r.pageNo)).toEqual([2, 3]);
  });

  it('caps the page size at the documented maximum', async () => {
    const { client, requests } = pagingServer(5, 'data.total_count');
    await collect(paginateItems(client, query({ listKey: 'order', total: 'data.total_count', maxPageSize: 3 }), {}, { pageSize: 100 }));
    expect(requests[0]!.pageSize).toBe(3);
  });
});

describe('paginateTimeRange walks windows no wider than the documented span', () => {
  it('pages each window of a three-day range', async () => {
    const { client, requests } = pagingServer(3, 'data.total_count');
    const items = await collect(paginateTimeRange(client, query({ listKey: 'order', total: 'data.total_count' }), { shop_no: 'S1' }, { from: '2024-01-01 00:00:00', to: '2024-01-04 00:00:00', pageSize: 2 }));
    expect(items).toHaveLength(9);
    expect(requests.filter((r) => r.pageNo === 0).map((r) => [r.params.start_time, r.params.end_time, r.params.shop_no])).toEqual([
      ['2024-01-01 00:00:00', '2024-01-02 00:00:00', 'S1'],
      ['2024-01-02 00:00:00', '2024-01-03 00:00:00', 'S1'],
      ['2024-01-03 00:00:00', '2024-01-04 00:00:00', 'S1'],
    ]);
  });
});

describe('a server that ignores page_no', () => {
  it('stops with WdtPaginationError at the first repeated page (regression: paginate looped forever)', async () => {
    let requests = 0;
    const fetch = async () => {
      requests++;
      return new Response(JSON.stringify({ status: 0, data: { order: [{ no: 1 }, { no: 2 }] } }));
    };
    const client = new WdtBareClient({ ...account, fetch });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of paginateItems(client, query({ listKey: 'order', total: 'data.total_count' }), {}, { pageSize: 2 })) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtPaginationError);
    expect(error).toMatchObject({ pageNo: 1 });
    expect(seen).toHaveLength(2);
    expect(requests).toBe(2);
  });
});
