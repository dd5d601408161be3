import { WdtPaginationError, type MethodMeta } from '@wdt-kit/core';
import type { CallOptions } from './CallOptions.js';
import { invokePage } from './invokePage.js';
import { splitTimeRange } from './timeWindows.js';
import type { WdtBareClient } from './WdtBareClient.js';

export interface PaginateOptions extends CallOptions {
  /** Rows per request; default 100 (capped at the method's documented maximum). */
  pageSize?: number;
  /** 0-based page to start from (to resume). */
  startPage?: number;
  /** Stop after this many items. */
  maxItems?: number;
}

/**
 * Yields the items of every page in order. Stops at a short page, at the total when the server
 * reported one, or after maxItems. Asks for the total only on the first page.
 */
export async function* paginateItems<Item>(client: WdtBareClient, meta: MethodMeta, params: unknown, options: PaginateOptions = {}): AsyncGenerator<Item, void, undefined> {
  // (invokePage refuses a method that is not paged, at the first page)
  const pageSize = Math.min(options.pageSize ?? 100, (meta.paged ? meta.paged.maxPageSize : undefined) ?? Infinity);
  const maxItems = options.maxItems ?? Infinity;
  const first = options.startPage ?? 0;
  let yielded = 0;
  let total: number | undefined;
  let previous: string | undefined;
  for (let pageNo = first; ; pageNo++) {
    const page = await invokePage(client, meta, [params], { pageSize, pageNo, calcTotal: pageNo === first }, options);
    total ??= page.total;
    // A server that ignores page_no answers the same full page forever (regression: paginate never ended).
    const fingerprint = page.items.length > 0 ? JSON.stringify(page.items) : undefined;
    if (fingerprint !== undefined && fingerprint === previous) {
      throw new WdtPaginationError({ method: meta.method, pageNo, message: `page ${pageNo} repeats page ${pageNo - 1}: the server ignores page_no; stopped` });
    }
    previous = fingerprint;
    for (const item of page.items as Item[]) {
      if (yielded >= maxItems) return;
      yield item;
      yielded++;
    }
    const reachedTotal = total !== undefined && (pageNo + 1) * pageSize >= total;
    if (page.items.length < pageSize || reachedTotal || yielded >= maxItems) return;
  }
}

export interface PaginateRangeOptions extends PaginateOptions {
  /** Start of the whole range: `yyyy-MM-dd HH:mm:ss` (Beijing time), ISO string, Date or ms. */
  from: string | Date | number;
  /** End of the whole range. */
  to: string | Date | number;
}

/**
 * Walks a long time range in windows no wider than the method's documented maximum span, paging
 * through each window; yields items in order.
 */
export async function* paginateTimeRange<Item>(client: WdtBareClient, meta: MethodMeta, params: Record<string, unknown>, options: PaginateRangeOptions): AsyncGenerator<Item, void, undefined> {
  const window = meta.timeWindow;
  if (!window) throw new TypeError(`${meta.method} has no time window in its spec`);
  let remaining = options.maxItems;
  for (const { start, end } of splitTimeRange(options.from, options.to, window.maxSpan ?? '30d')) {
    const { startPage: _ignored, ...pageOptions } = options;
    for await (const item of paginateItems<Item>(client, meta, { ...params, [window.start]: start, [window.end]: end }, { ...pageOptions, ...(remaining !== undefined ? { maxItems: remaining } : {}) })) {
      yield item;
      if (remaining !== undefined && --remaining <= 0) return;
    }
  }
}
