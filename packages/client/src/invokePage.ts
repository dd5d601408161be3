import { validateValue, WdtValidationError, type DecodedEnvelope, type MethodMeta } from '@wdt-kit/core';
import type { AnswerCheck, CallOptions, PageOptions, WdtPage } from './CallOptions.js';
import type { WdtBareClient } from './WdtBareClient.js';

/**
 * Requests one page of a paged method (used by its generated function and by the iterators). A module
 * of its own, so that a program calling only non-paged methods does not bundle paging.
 */
export async function invokePage(client: WdtBareClient, meta: MethodMeta, args: readonly unknown[], pager: PageOptions, options: CallOptions = {}, checkAnswer?: AnswerCheck): Promise<WdtPage<unknown, unknown>> {
  if (!meta.paged) throw new TypeError(`${meta.method} is not a paged method`);
  // The same checker as the arguments': an integer from 1 to the method's documented maximum.
  const issues = validateValue(pager?.pageSize, { type: 'integer', minimum: 1, maximum: meta.paged.maxPageSize }, 'pager.pageSize');
  if (issues.length > 0) throw new WdtValidationError(meta.method, issues);
  return toPage(meta, await client.request(meta, args, { ...options, pager }, checkAnswer), pager);
}

/** Where a paged method keeps its items and total, per its spec. */
export function toPage(meta: MethodMeta, envelope: DecodedEnvelope, pager: PageOptions): WdtPage<unknown, unknown> {
  const paged = meta.paged || { listKey: null, total: 'total' as const };
  const data = envelope.data;
  const list = paged.listKey === null ? data : (data as Record<string, unknown> | null | undefined)?.[paged.listKey];
  const total = paged.total === 'total' ? envelope.total : (data as { total_count?: unknown } | null | undefined)?.total_count;
  return {
    items: Array.isArray(list) ? list : [],
    total: typeof total === 'number' ? total : typeof total === 'string' && total !== '' && !Number.isNaN(Number(total)) ? Number(total) : undefined,
    pageNo: pager.pageNo ?? 0,
    pageSize: pager.pageSize,
    data,
  };
}
