import type { FieldSchema, Pager } from '@wdt-kit/core';
import type { MockBehaviour } from '../behaviours/MockBehaviour.js';
import type { MockEnvelope } from '../MockEnvelope.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import { generateFromSchema } from './generateFromSchema.js';
import { seededRandom } from './seededRandom.js';

export interface GenericAnswerOptions {
  /** Generated data depends only on this seed and the method (and the row, for paged methods). */
  dataSeed: string | number;
  /** How many rows a paged method without behaviour has in all. */
  pagedRowCount: number;
}

type PagedSpec = Exclude<MockMethodSpec['paged'], false>;

function listItemSchema(returns: FieldSchema | null, listKey: string | null): FieldSchema {
  const list = listKey === null ? returns : returns?.properties?.[listKey];
  return list?.items ?? { type: 'object' };
}

/**
 * One page of a deterministic data set of `pagedRowCount` rows. Row n is the same on every page
 * size, so pages fit together. The total is sent only when `calc_total=1` (the docs mark it
 * optional otherwise), where the spec says: `data.total_count` or the top-level `total`.
 */
function pagedAnswer(spec: MockMethodSpec, paged: PagedSpec, pager: Pager, options: GenericAnswerOptions): MockEnvelope {
  // Above a documented maximum the page is cut to it, as production did in a public test plan (protocol §6).
  const pageSize = Math.min(pager.pageSize, paged.maxPageSize ?? Number.POSITIVE_INFINITY);
  const total = options.pagedRowCount;
  const from = Math.min((pager.pageNo ?? 0) * pageSize, total);
  const to = Math.min(from + pageSize, total);
  const itemSchema = listItemSchema(spec.returns, paged.listKey);
  const items = Array.from({ length: to - from }, (_, i) => generateFromSchema(itemSchema, seededRandom(`${options.dataSeed}\0${spec.method}\0row ${from + i}`), 'item'));
  const withTotal = pager.calcTotal === true;
  let data: unknown = items;
  if (paged.listKey !== null) {
    const { [paged.listKey]: _list, total_count: _total, ...otherFields } = spec.returns?.properties ?? {};
    const others = generateFromSchema({ type: 'object', properties: otherFields }, seededRandom(`${options.dataSeed}\0${spec.method}\0page`), 'data') as Record<string, unknown>;
    data = { ...(withTotal && paged.total === 'data.total_count' ? { total_count: total } : {}), ...others, [paged.listKey]: items };
  }
  return { status: 0, ...(withTotal && paged.total === 'total' ? { total } : {}), data };
}

/**
 * The answer of a method without hand-written behaviour: a page of generated rows for a paged
 * method, else the page's documented response example, else data generated from the returns schema.
 */
export function genericAnswer(options: GenericAnswerOptions): MockBehaviour {
  return ({ spec, pager }) => {
    if (spec.paged && pager) return pagedAnswer(spec, spec.paged, pager, options);
    // The page's whole success envelope (a page that leaves out "status" still shows a success).
    if (spec.examples?.response) return { status: 0, ...structuredClone(spec.examples.response) };
    if (spec.returns === null) return { status: 0 };
    return { status: 0, data: generateFromSchema(spec.returns, seededRandom(`${options.dataSeed}\0${spec.method}`), 'data') };
  };
}
