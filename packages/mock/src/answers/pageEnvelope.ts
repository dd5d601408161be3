import type { MethodMeta, Pager } from '@wdt-kit/core';
import type { MockEnvelope } from '../MockEnvelope.js';

export type PagedShape = Exclude<MethodMeta['paged'], false>;

/**
 * One page of a result of `total` rows, shaped as the spec says: the list under `data.<listKey>`
 * (or `data` itself when listKey is null), the total as `data.total_count` or the top-level `total`.
 * The total is sent only when `calc_total=1` (the docs mark it optional otherwise). Above a
 * documented maximum the page is cut to it, as production did in a public test plan (protocol §6).
 * `rowsBetween(from, to)` makes only the rows of the page.
 */
export function pageEnvelope(
  paged: PagedShape,
  pager: Pager,
  total: number,
  rowsBetween: (from: number, to: number) => unknown[],
  otherData: Record<string, unknown> = {},
): MockEnvelope {
  const pageSize = Math.min(pager.pageSize, paged.maxPageSize ?? Number.POSITIVE_INFINITY);
  const from = Math.min((pager.pageNo ?? 0) * pageSize, total);
  const to = Math.min(from + pageSize, total);
  const items = rowsBetween(from, to);
  const withTotal = pager.calcTotal === true;
  const data =
    paged.listKey === null ? items : { ...(withTotal && paged.total === 'data.total_count' ? { total_count: total } : {}), ...otherData, [paged.listKey]: items };
  return { status: 0, ...(withTotal && paged.total === 'total' ? { total } : {}), data };
}

/** A page of rows that are already known. */
export function pageOfRows(paged: PagedShape, pager: Pager, rows: readonly unknown[], otherData?: Record<string, unknown>): MockEnvelope {
  return pageEnvelope(paged, pager, rows.length, (from, to) => rows.slice(from, to), otherData);
}
