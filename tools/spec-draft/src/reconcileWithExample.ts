import type { DeviationKind, FieldSchema, SchemaType } from './specTypes.ts';

/**
 * Where a page's example contradicts its own table, the spec follows the example (the server sent
 * it) and says so: the field gets an `x-note` and the method a docIssue. This walks an example
 * beside the schema drafted from the tables and applies the smallest change that makes the example
 * valid under the same rules the client and the mock enforce (@wdt-kit/core validateValue).
 */
export interface ReconcileOptions {
  /** Arguments: objects reject undocumented keys, and missing required keys are contradictions. */
  closed: boolean;
  /** Collects one sentence per change. */
  issues: string[];
  /** Which example, for the notes: `request example` or `response example`. */
  source: string;
}

const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Milliseconds since 1970 for any date between 2001 and 2286.
const EPOCH_MS_RANGE = [1e12, 1e13] as const;

export function jsonTypeOf(value: unknown): SchemaType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as SchemaType;
}

function typesOf(schema: FieldSchema): SchemaType[] {
  return schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : [...schema.type];
}

function typeMatches(actual: SchemaType, allowed: readonly SchemaType[]): boolean {
  return allowed.length === 0 || allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
}

/** A schema for a value the page shows but does not document. */
export function inferSchema(value: unknown): FieldSchema {
  const type = jsonTypeOf(value);
  if (type === 'null') return {};
  if (type === 'array') {
    const first = (value as unknown[]).find((item) => item !== null && item !== undefined);
    return first === undefined ? { type: 'array' } : { type: 'array', items: inferSchema(first) };
  }
  if (type === 'object') {
    const properties: Record<string, FieldSchema> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) properties[key] = inferSchema(item);
    return { type: 'object', properties };
  }
  if (type === 'string' && DATETIME.test(value as string)) return { type: 'string', format: 'datetime' };
  return { type };
}

function note(schema: FieldSchema, text: string): void {
  schema['x-note'] = schema['x-note'] ? `${schema['x-note']} ${text}` : text;
}

/**
 * Records that the field now differs from the page in `kind`, in the form the conformance check reads
 * (a kind alone: its reason is the field's x-note, which every caller writes).
 */
export function deviate(schema: FieldSchema, ...kinds: DeviationKind[]): void {
  const recorded = schema['x-deviation'];
  const list = recorded === undefined ? [] : Array.isArray(recorded) ? [...recorded] : [recorded];
  for (const kind of kinds) if (!list.some((entry) => (typeof entry === 'string' ? entry : entry.kind) === kind)) list.push(kind);
  schema['x-deviation'] = list.length === 1 ? list[0]! : list;
}

function isEpochMs(value: unknown): boolean {
  return typeof value === 'number' && value >= EPOCH_MS_RANGE[0] && value < EPOCH_MS_RANGE[1];
}

function widenType(value: unknown, schema: FieldSchema, path: string, options: ReconcileOptions): void {
  const actual = jsonTypeOf(value);
  const declared = typesOf(schema);
  const said = declared.join(' or ');
  if (actual === 'null') {
    schema.type = [...declared, 'null'];
    note(schema, `The ${options.source} has null here.`);
  } else if (isEpochMs(value) && declared.includes('string')) {
    schema.type = [...declared, 'integer'];
    schema.format = 'epoch-ms';
    delete schema.maxLength;
    note(schema, `The table says ${said}; the ${options.source} has epoch milliseconds (${value as number}).`);
  } else if ((actual === 'object' || actual === 'array') && declared.every((type) => type !== 'object' && type !== 'array')) {
    const inferred = inferSchema(value);
    for (const key of ['type', 'format', 'enum', 'x-enumLabels', 'maxLength', 'properties', 'items'] as const) delete schema[key];
    Object.assign(schema, inferred);
    note(schema, `The table says ${said}; the ${options.source} has ${actual === 'array' ? 'a list' : 'an object'}, which the spec follows.`);
  } else {
    schema.type = [...declared, actual];
    if (actual !== 'string') {
      delete schema.maxLength;
      if (schema.format === 'datetime' || schema.format === 'date') delete schema.format;
    }
    note(schema, `The table says ${said}; the ${options.source} has ${actual} (${JSON.stringify(value)}).`);
  }
  deviate(schema, 'type');
  options.issues.push(`${path}: the table says ${said || 'nothing'}, the ${options.source} has ${actual}; the spec accepts both.`);
}

/** Makes `value` valid under `schema`, changing the schema where the page's table disagrees. */
export function reconcileWithExample(value: unknown, schema: FieldSchema, path: string, options: ReconcileOptions): void {
  if (value === undefined) return;
  if (!typeMatches(jsonTypeOf(value), typesOf(schema))) widenType(value, schema, path, options);
  if (schema.enum && !schema.enum.some((code) => String(code) === String(value))) {
    schema.enum = [...schema.enum, typeof schema.enum[0] === 'string' ? String(value) : (value as number)];
    note(schema, `The ${options.source} uses ${JSON.stringify(value)}, which the page's code list does not name.`);
    deviate(schema, 'enum');
    options.issues.push(`${path}: the ${options.source} uses ${JSON.stringify(value)}, missing from the page's code list.`);
  }
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) {
      note(schema, `The ${options.source} is longer than the table's length ${schema.maxLength}.`);
      deviate(schema, 'maxLength');
      delete schema.maxLength;
      options.issues.push(`${path}: the ${options.source} is longer than the table's length; the spec drops the limit.`);
    }
    const format = schema.format;
    if ((format === 'datetime' && value !== '' && !DATETIME.test(value)) || (format === 'date' && value !== '' && !DATE.test(value))) {
      if (format === 'datetime' && DATE.test(value)) schema.format = 'date';
      else delete schema.format;
      note(schema, `The ${options.source} writes ${JSON.stringify(value)}.`);
      options.issues.push(`${path}: the ${options.source} writes ${JSON.stringify(value)}, not the ${format} format the page names.`);
    }
  }
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((item, i) => reconcileWithExample(item, schema.items!, `${path}[${i}]`, options));
    return;
  }
  if (jsonTypeOf(value) !== 'object' || !schema.properties) return;
  const record = value as Record<string, unknown>;
  if (options.closed && schema.required) {
    const missing = schema.required.filter((key) => record[key] === undefined);
    if (missing.length > 0) {
      schema.required = schema.required.filter((key) => !missing.includes(key));
      if (schema.required.length === 0) delete schema.required;
      for (const key of missing) {
        note(schema.properties[key]!, `Marked required, but the ${options.source} omits it: optional here.`);
        deviate(schema.properties[key]!, 'required');
      }
      options.issues.push(`${path}: the table marks ${missing.join(', ')} required, but the ${options.source} omits ${missing.length > 1 ? 'them' : 'it'}; the spec makes ${missing.length > 1 ? 'them' : 'it'} optional.`);
    }
  }
  for (const [key, item] of Object.entries(record)) {
    const property = schema.properties[key];
    if (property) {
      reconcileWithExample(item, property, `${path}.${key}`, options);
    } else if (options.closed && schema.additionalProperties !== true) {
      const inferred = inferSchema(item);
      note(inferred, `Not in the page's table; the ${options.source} sends it.`);
      deviate(inferred, 'extra');
      schema.properties[key] = inferred;
      options.issues.push(`${path}.${key}: not in the page's table, but the ${options.source} sends it; the spec accepts it.`);
    }
  }
}
