import type { Pager } from '@wdt-kit/core';
import type { PagedShape } from '../answers/pageEnvelope.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import { parseBeijingDateTime } from './beijingTime.js';
import { readText, type Fields } from './readArgs.js';

/** The error guide's answer to a query without a time range where one is needed (also several pages' error examples). */
export const TIME_RANGE_REQUIRED = '参数中必须包含起止时间';

/** A query's time range in unix milliseconds. Both ends are inclusive: the docs do not say, and a record on a boundary is better seen twice than never. */
export interface TimeRange {
  fromMs: number;
  toMs: number;
}

/**
 * The `start_time`..`end_time` range of query params; undefined when the start is missing (or the
 * end, unless `endDefaultsToNow`: "结束时间 … 不填默认为当前时间"). The spec's checks have already
 * refused dates the server cannot parse.
 */
export function timeRangeOf(params: Fields, options: { nowMs?: number; endDefaultsToNow?: boolean } = {}): TimeRange | undefined {
  const fromMs = parseBeijingDateTime(readText(params.start_time));
  const end = readText(params.end_time);
  const toMs = end === '' && options.endDefaultsToNow ? options.nowMs : parseBeijingDateTime(end);
  return fromMs === undefined || toMs === undefined ? undefined : { fromMs, toMs };
}

/** Whether a `yyyy-MM-dd HH:mm:ss` moment lies in the range (no range: yes). */
export function inTimeRange(moment: string, range: TimeRange | undefined): boolean {
  if (!range) return true;
  const ms = parseBeijingDateTime(moment);
  return ms !== undefined && ms >= range.fromMs && ms <= range.toMs;
}

/**
 * Where the spec puts a query's list and total; `documented` (what the method's page shows) when
 * the spec does not describe the method as paged.
 */
export function pagedShapeOf(spec: MockMethodSpec, documented: PagedShape): PagedShape {
  return spec.paged || documented;
}

/** The pager of the call; a spec that does not page the method gets every row, with the total. */
export function pagerOf(pager: Pager | undefined): Pager {
  return pager ?? { pageSize: Number.MAX_SAFE_INTEGER, pageNo: 0, calcTotal: true };
}

/** A comma-separated code list (`"10,20"`) as a set of numbers; undefined when empty. */
export function codeListOf(value: unknown): Set<number> | undefined {
  const codes = readText(value)
    .split(/[,，]/)
    .map((code) => code.trim())
    .filter((code) => code !== '')
    .map(Number);
  return codes.length > 0 ? new Set(codes) : undefined;
}

/** Oldest change first, then by id: the order pages fit together in. */
export function byModifiedThenId<Row>(modified: (row: Row) => string, id: (row: Row) => number): (a: Row, b: Row) => number {
  return (a, b) => (parseBeijingDateTime(modified(a)) ?? 0) - (parseBeijingDateTime(modified(b)) ?? 0) || id(a) - id(b);
}
