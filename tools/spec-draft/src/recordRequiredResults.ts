import { parse } from 'yaml';
import { returnsFromTables } from './draftReturns.ts';
import { TablePool } from './fieldSchemas.ts';
import type { DocPage } from './parsePage.ts';
import { setRequiredLists, type RequiredList } from './setRequiredLists.ts';
import type { FieldSchema, MethodSpec } from './specTypes.ts';

/** What the page marks required in the response, laid over a spec's `returns`. */
export interface RequiredResultFields {
  /** The page-required names of each spec object that the page's tables describe. */
  lists: RequiredList[];
  /** Page-required fields the spec has no property for, as paths (`data.order[].trade_no`). */
  missing: string[];
}

/** Every page-required field under `schema`, for a subtree the spec does not have. */
function requiredPathsUnder(schema: FieldSchema, path: string): string[] {
  const own = (schema.required ?? []).map((name) => `${path}.${name}`);
  const nested = Object.entries(schema.properties ?? {}).flatMap(([name, property]) => requiredPathsUnder(property, `${path}.${name}`));
  return [...own, ...nested, ...(schema.items ? requiredPathsUnder(schema.items, `${path}[]`) : [])];
}

interface Counterpart {
  schema: FieldSchema;
  yamlPath: (string | number)[];
  path: string;
}

const sharedNames = (a: FieldSchema, b: FieldSchema) => Object.keys(a.properties ?? {}).filter((name) => Object.hasOwn(b.properties ?? {}, name)).length;

/**
 * The spec object a page table describes. Usually the spec object at the same place; but pages type
 * some objects as lists and some lists as objects (`data` as List<Map> where the example has one
 * object, or has `{total_count, order: [...]}` with the table's rows in `order`), a few examples nest
 * the documented fields one level deeper (`data.data`), and the reviewed spec follows the example:
 * then the candidate (this object, its list's items, a property's object or items) sharing most
 * field names with the table wins.
 */
function counterpartOf(spec: Counterpart, table: FieldSchema): Counterpart | undefined {
  const candidates: Counterpart[] = [];
  if (spec.schema.properties) candidates.push(spec);
  if (spec.schema.items?.properties) candidates.push({ schema: spec.schema.items, yamlPath: [...spec.yamlPath, 'items'], path: `${spec.path}[]` });
  for (const [name, property] of Object.entries(spec.schema.properties ?? {})) {
    if (property.properties) candidates.push({ schema: property, yamlPath: [...spec.yamlPath, 'properties', name], path: `${spec.path}.${name}` });
    if (property.items?.properties) candidates.push({ schema: property.items, yamlPath: [...spec.yamlPath, 'properties', name, 'items'], path: `${spec.path}.${name}[]` });
  }
  let best: Counterpart | undefined;
  for (const candidate of candidates) if (sharedNames(candidate.schema, table) > (best ? sharedNames(best.schema, table) : 0)) best = candidate;
  return best;
}

function collect(spec: Counterpart, page: FieldSchema, path: string, found: RequiredResultFields): void {
  const table = page.properties ? page : page.items?.properties ? page.items : undefined;
  if (!table) return;
  const target = counterpartOf(spec, table);
  if (!target) {
    // The spec may have dropped a wrapper the page documents (`data.pd_detail_list` returned as data
    // itself): the table's own fields are missing, its nested tables may still find their objects.
    found.missing.push(...(table.required ?? []).map((name) => `${path}.${name}`));
    for (const [name, property] of Object.entries(table.properties!)) collect(spec, property, `${path}.${name}`, found);
    return;
  }
  const names = table.required ?? [];
  const present = names.filter((name) => Object.hasOwn(target.schema.properties!, name));
  if (present.length > 0) found.lists.push({ path: target.yamlPath, names: present });
  found.missing.push(...names.filter((name) => !present.includes(name)).map((name) => `${target.path}.${name}`));
  for (const [name, property] of Object.entries(table.properties!)) {
    const counterpart = target.schema.properties![name];
    if (counterpart) collect({ schema: counterpart, yamlPath: [...target.yamlPath, 'properties', name], path: `${target.path}.${name}` }, property, `${target.path}.${name}`, found);
    else found.missing.push(...requiredPathsUnder(property, `${target.path}.${name}`));
  }
}

/**
 * The page's 必须 for the spec's result objects. The page's response tables are matched to objects
 * as the drafter matches them (the `data` table, then nested tables by field name), and the schema
 * they describe is laid over the spec's `returns` by property name (see counterpartOf).
 */
export function requiredResultFields(spec: Pick<MethodSpec, 'returns'>, page: DocPage): RequiredResultFields {
  const found: RequiredResultFields = { lists: [], missing: [] };
  const fromTables = returnsFromTables(page, { pool: new TablePool(page.responseTables), issues: [] });
  if (spec.returns && fromTables) collect({ schema: spec.returns, yamlPath: ['returns'], path: 'data' }, fromTables, 'data', found);
  return found;
}

export interface RecordedRequiredResults {
  text: string;
  /** Names added to `required` lists by this run (0 on a second run). */
  added: number;
  /** Names the page marks required that are in the spec's `required` lists after this run. */
  recorded: number;
  missing: string[];
}

/** Writes the page's required response fields into a spec's YAML text (see setRequiredLists). */
export function recordRequiredResults(specText: string, page: DocPage): RecordedRequiredResults {
  const spec = parse(specText) as MethodSpec;
  const { lists, missing } = requiredResultFields(spec, page);
  const text = setRequiredLists(specText, lists);
  const recorded = lists.reduce((sum, list) => sum + list.names.length, 0);
  const before = lists.reduce((sum, list) => sum + list.names.filter((name) => requiredAt(spec, list.path).includes(name)).length, 0);
  return { text, added: recorded - before, recorded, missing };
}

function requiredAt(spec: MethodSpec, path: readonly (string | number)[]): string[] {
  let node: unknown = spec;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return (node as FieldSchema | undefined)?.required ?? [];
}
