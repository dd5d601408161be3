import { fieldSchema, objectSchema, TablePool, type SchemaContext } from './fieldSchemas.ts';
import type { DocPage } from './parsePage.ts';
import { deviate, inferSchema, jsonTypeOf, reconcileWithExample } from './reconcileWithExample.ts';
import type { ErrorEnvelopeSpec, FieldSchema, MethodSpec } from './specTypes.ts';

export interface DraftedReturns {
  returns: FieldSchema | null;
  response: Record<string, unknown> | undefined;
  error: ErrorEnvelopeSpec | undefined;
  /** Top-level envelope fields besides status/message/data (`total` on some paged queries). */
  envelopeFields: string[];
  issues: string[];
}

function successEnvelope(page: DocPage, issues: string[]): Record<string, unknown> | undefined {
  const example = page.successExample;
  if (!example) {
    issues.push('The page has no JSON success response example.');
    return undefined;
  }
  if (example.value === undefined) {
    issues.push(`The page's success response example cannot be read (${example.defect ?? 'unparseable'}).`);
    return undefined;
  }
  if (example.defect) issues.push(`The page's success response example is not strict JSON (${example.defect}); the spec keeps its content.`);
  if (jsonTypeOf(example.value) !== 'object' || (example.value as { status?: unknown }).status !== 0) {
    issues.push('The page\'s success response example is not an envelope with status 0; the spec does not use it.');
    return undefined;
  }
  return example.value as Record<string, unknown>;
}

function errorEnvelope(page: DocPage, issues: string[]): ErrorEnvelopeSpec | undefined {
  const value = page.errorExample?.value as { status?: unknown; message?: unknown } | undefined;
  if (value === undefined) return undefined;
  if (typeof value.status === 'number' && Number.isInteger(value.status) && value.status > 0 && typeof value.message === 'string') {
    return { status: value.status, message: value.message };
  }
  issues.push('The page\'s error response example is not an envelope with a status above 0 and a message; the spec does not use it.');
  return undefined;
}

/** The schema of the envelope's `data` as the 响应参数 tables alone describe it (null when they describe none). */
export function returnsFromTables(page: DocPage, context: SchemaContext): FieldSchema | null {
  const dataRow = page.response?.fields.find((row) => row.name === 'data');
  if (dataRow) {
    const { title: _title, description: _description, ...schema } = fieldSchema(dataRow, context, undefined, 'data');
    return schema;
  }
  if (page.responseTables.some((table) => table.heading === 'data')) {
    return objectSchema(context.pool.claim('data', undefined, context.issues, 'data'), context, 'data');
  }
  return null;
}

/** The schema of the envelope's `data`, from the 响应参数 tables and checked against the success example. */
export function draftReturns(page: DocPage): DraftedReturns {
  const issues: string[] = [];
  const context: SchemaContext = { pool: new TablePool(page.responseTables), issues };
  const envelope = page.response?.fields ?? [];
  let returns = returnsFromTables(page, context);

  const response = successEnvelope(page, issues);
  const data = response?.data;
  if (data !== undefined && data !== null) {
    if (returns === null) {
      returns = inferSchema(data);
      returns['x-note'] = 'The page documents no data; the success example returns it.';
      deviate(returns, 'extra');
      issues.push('The page\'s tables document no data, but its success example returns some; the spec follows the example.');
    } else {
      returns = listInsideData(returns, data, issues);
      reconcileWithExample(data, returns, 'data', { closed: false, issues, source: 'response example' });
    }
  }
  for (const table of context.pool.unclaimed()) {
    issues.push(`The response tables include one headed \`${table.heading ?? '(no heading)'}\` that no field refers to (fields: ${table.fields.map((field) => field.name).join(', ')}).`);
  }
  const envelopeFields = envelope.map((row) => row.name).filter((name) => !['status', 'message', 'data'].includes(name));
  return { returns, response, error: errorEnvelope(page, issues), envelopeFields, issues };
}

/** How a paged query returns its items: the list inside data and where the total is. */
export function pagingOf(returns: FieldSchema | null, drafted: DraftedReturns, issues: string[]): Exclude<MethodSpec['paged'], false> {
  const topLevelTotal = drafted.envelopeFields.includes('total') || (drafted.response !== undefined && 'total' in drafted.response);
  const total = returns?.properties?.total_count !== undefined || !topLevelTotal ? 'data.total_count' : 'total';
  if (returns?.type === 'array') return { listKey: null, total };
  const lists = Object.entries(returns?.properties ?? {}).filter(([, schema]) => schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array')));
  if (lists.length === 0) {
    issues.push('The page documents no list inside data for this paged query; the spec pages over data itself.');
    return { listKey: null, total };
  }
  if (lists.length > 1) issues.push(`data holds several lists (${lists.map(([key]) => key).join(', ')}); the spec pages over the first.`);
  return { listKey: lists[0]![0], total };
}

/**
 * Several paged queries type `data` as the list itself (List<Map<…>>) while their example wraps it:
 * `{total_count: 1, order: [...]}`. The spec follows the example: data is an object whose list holds
 * the rows the table describes.
 */
function listInsideData(returns: FieldSchema, data: unknown, issues: string[]): FieldSchema {
  if (returns.type !== 'array' || jsonTypeOf(data) !== 'object') return returns;
  const entries = Object.entries(data as Record<string, unknown>);
  const listKey = entries.find(([, value]) => Array.isArray(value))?.[0];
  if (listKey === undefined) return returns;
  const properties: Record<string, FieldSchema> = {};
  for (const [key, value] of entries) properties[key] = key === listKey ? returns : inferSchema(value);
  issues.push(`The table types data as the list itself; the success example has {${entries.map(([key]) => key).join(', ')}} with the rows in \`${listKey}\`, which the spec follows.`);
  return { type: 'object', properties, 'x-note': `The table types data as the list; the example wraps it as {${entries.map(([key]) => key).join(', ')}}.`, 'x-deviation': ['type', 'nesting', 'extra'] };
}
