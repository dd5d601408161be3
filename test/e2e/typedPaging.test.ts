// The per-method item and time-range iterators, and the tree's, page through the real mock.
import { describe, expect, it } from 'vitest';
import { WdtBareClient } from '../../packages/client/dist/bare.js';
import { aftersalesRefundRefundSearch, aftersalesRefundRefundSearchAll, aftersalesRefundRefundSearchRange } from '../../packages/client/dist/generated/methods/aftersales.refund.Refund.search.js';
import { WdtClient } from '../../packages/client/dist/index.js';
import { createMockFetch } from '../../packages/mock/dist/index.js';
import { mockAccount } from '../support/repoRoot.js';

const collect = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

// aftersales.refund.Refund.search answers from the mock's declared resource `refund`: 25 refunds
// changed a minute apart from 2024-01-01 00:00:00 give several pages of 10 in the first half hour.
const REFUNDS = Array.from({ length: 25 }, (_, i) => ({ refund_no: `TK${String(i).padStart(4, '0')}`, modified: `2024-01-01 00:${String(i).padStart(2, '0')}:00` }));
const seed = { resources: { refund: REFUNDS } };

describe('typed paging against the mock', () => {
  it('aftersalesRefundRefundSearchAll yields every item the pages hold', async () => {
    const mock = createMockFetch({ seed });
    const client = new WdtBareClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch });
    const params = { modified_from: '2024-01-01 00:00:00', modified_to: '2024-01-01 00:30:00' };
    const first = await aftersalesRefundRefundSearch(client, params, { pageSize: 10, pageNo: 0, calcTotal: true });
    const items = await collect(aftersalesRefundRefundSearchAll(client, params, { pageSize: 10 }));
    expect(first.total).toBeGreaterThan(10);
    expect(items).toHaveLength(first.total!);
    expect(items.slice(0, 10)).toEqual(first.items);
  });

  it('aftersalesRefundRefundSearchRange walks a 70-day range in 30-day windows', async () => {
    const mock = createMockFetch({ seed });
    const client = new WdtBareClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch });
    const items = await collect(aftersalesRefundRefundSearchRange(client, {}, { from: '2024-01-01 00:00:00', to: '2024-03-11 00:00:00', pageSize: 100, maxItems: 1000 }));
    expect(items.length).toBeGreaterThan(0);
    const windows = new Set(mock.calls.map((c) => JSON.stringify([(c.args[0] as Record<string, string>).modified_from, (c.args[0] as Record<string, string>).modified_to])));
    expect(windows.size).toBe(3);
  });

  it('the tree offers the same per method', async () => {
    const mock = createMockFetch({ seed });
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch });
    const params = { modified_from: '2024-01-01 00:00:00', modified_to: '2024-01-01 00:30:00' };
    const viaTree = await collect(wdt.aftersales.refund.Refund.searchAll(params, { pageSize: 50 }));
    const viaPaginate = await collect(wdt.paginate('aftersales.refund.Refund.search', params, { pageSize: 50 }));
    expect(viaTree).toEqual(viaPaginate);
    expect(viaTree.length).toBeGreaterThan(0);
  });
});
