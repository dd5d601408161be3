import type { FieldSchema, Pager } from '@wdt-kit/core';
import type { MockBehaviour } from '../behaviours/MockBehaviour.js';
import type { MockEnvelope } from '../MockEnvelope.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import { decimalStylesOf, itemPath, propertyPath } from './decimalStyle.js';
import { generateFromSchema } from './generateFromSchema.js';
import { pageEnvelope, type PagedShape } from './pageEnvelope.js';
import { seededRandom } from './seededRandom.js';

export interface GenericAnswerOptions {
  /** Generated data depends only on this seed and the method (and the row, for paged methods). */
  dataSeed: string | number;
  /** How many rows a paged method without behaviour has in all. */
  pagedRowCount: number;
}

function listItemSchema(returns: FieldSchema | null, listKey: string | null): FieldSchema {
  const list = listKey === null ? returns : returns?.properties?.[listKey];
  return list?.items ?? { type: 'object' };
}

/**
 * One page of a deterministic data set of `pagedRowCount` rows. Row n is the same on every page
 * size, so pages fit together; the other fields of `data` are the same on every page.
 */
function pagedAnswer(spec: MockMethodSpec, paged: PagedShape, pager: Pager, options: GenericAnswerOptions): MockEnvelope {
  const itemSchema = listItemSchema(spec.returns, paged.listKey);
  const decimals = decimalStylesOf(spec);
  const rowPlace = { path: itemPath(paged.listKey === null ? '' : propertyPath('', paged.listKey)), decimals };
  const row = (n: number) => generateFromSchema(itemSchema, seededRandom(`${options.dataSeed}\0${spec.method}\0row ${n}`), 'item', rowPlace);
  let otherData: Record<string, unknown> = {};
  if (paged.listKey !== null) {
    const { [paged.listKey]: _list, total_count: _total, ...otherFields } = spec.returns?.properties ?? {};
    otherData = generateFromSchema({ type: 'object', properties: otherFields }, seededRandom(`${options.dataSeed}\0${spec.method}\0page`), 'data', { path: '', decimals }) as Record<string, unknown>;
  }
  return pageEnvelope(paged, pager, options.pagedRowCount, (from, to) => Array.from({ length: to - from }, (_, i) => row(from + i)), otherData);
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
    return { status: 0, data: generateFromSchema(spec.returns, seededRandom(`${options.dataSeed}\0${spec.method}`), 'data', { path: '', decimals: decimalStylesOf(spec) }) };
  };
}
