import type { DocField, DocTable } from './extractTables.ts';
import { enumFromDescription } from './enumFromDescription.ts';
import { formatFromDescription, mapDocType } from './mapDocType.ts';
import type { FieldSchema } from './specTypes.ts';

/**
 * The nested tables of one page section (`**params**`, `**order**` …), claimed as fields refer to
 * them so that each table describes one object. A field finds its table by name; when the page
 * heads the table otherwise (`record` described under `**order_list**`), the next unclaimed table
 * after the parent's is taken and the mismatch is recorded.
 */
export class TablePool {
  private readonly claimed = new Set<DocTable>();

  constructor(readonly tables: readonly DocTable[]) {}

  /** The table headed `name`, or, failing that, the first unclaimed table after `after`. */
  claim(name: string, after: DocTable | undefined, issues: string[], path: string): DocTable | undefined {
    const byName = this.tables.find((table) => table.heading === name && !this.claimed.has(table));
    if (byName) {
      this.claimed.add(byName);
      return byName;
    }
    const start = after ? this.tables.indexOf(after) + 1 : 0;
    const next = this.tables.slice(start).find((table) => !this.claimed.has(table) && !this.isNamedElsewhere(table));
    if (!next) return undefined;
    this.claimed.add(next);
    issues.push(`The page describes ${path} in a table headed \`${next.heading ?? '(no heading)'}\`.`);
    return next;
  }

  /** Tables nobody claimed: the page documents fields that no argument or field refers to. */
  unclaimed(): DocTable[] {
    return this.tables.filter((table) => !this.claimed.has(table));
  }

  // A table headed after a field of some other table belongs to that field, not to the next gap.
  private isNamedElsewhere(table: DocTable): boolean {
    return (
      table.heading !== undefined &&
      this.tables.some((other) => other !== table && other.fields.some((field) => field.name === table.heading))
    );
  }
}

const REQUIRED = /^(是|y|yes|必须|必填|true)$/i;

export function isRequired(field: DocField): boolean {
  return REQUIRED.test(field.requiredText.trim());
}

/** Title and description of a field: 名称, and 描述 unless it only repeats the 名称. */
function labelsOf(field: DocField): Pick<FieldSchema, 'title' | 'description'> {
  const labels: Pick<FieldSchema, 'title' | 'description'> = {};
  if (field.title) labels.title = field.title;
  const description = field.description.trim();
  if (description && description !== field.title) labels.description = description;
  return labels;
}

function scalarDetails(schema: FieldSchema, field: DocField): FieldSchema {
  const result: FieldSchema = { ...schema };
  if (result.type === 'string') {
    const format = /^date$/i.test(field.type.trim())
      ? 'date'
      : /^(datetime|timestamp)$/i.test(field.type.trim())
        ? 'datetime'
        : formatFromDescription(field.description);
    if (format) result.format = format;
    const length = Number(field.length);
    // The page's 长度 holds for datetime and date strings too (40 for yyyy-MM-dd HH:mm:ss).
    if (Number.isInteger(length) && length > 0) result.maxLength = length;
  }
  if ((result.type === 'integer' || result.type === 'string') && !result.format) {
    const codes = enumFromDescription(field.description);
    if (codes) {
      result.enum = result.type === 'string' ? codes.values.map(String) : codes.values;
      result['x-enumLabels'] = codes.labels;
    }
  }
  return result;
}

/** Builds the schema of one documented field, following nested tables for objects and lists. */
export function fieldSchema(field: DocField, context: SchemaContext, parent: DocTable | undefined, path: string): FieldSchema {
  const shape = mapDocType(field.type);
  const labels = labelsOf(field);
  switch (shape.kind) {
    case 'scalar':
      return { ...labels, ...scalarDetails(shape.schema, field) };
    case 'scalarList':
      return { ...labels, type: 'array', items: { ...shape.items } };
    case 'object': {
      const table = context.pool.claim(field.name, parent, context.issues, path);
      return { ...labels, ...objectSchema(table, context, path) };
    }
    case 'objectList': {
      const table = context.pool.claim(field.name, parent, context.issues, path);
      return { ...labels, type: 'array', items: objectSchema(table, context, `${path}[]`) };
    }
    case 'pager':
    case 'unknown': {
      // A nested table named after the field means an object the page forgot to type as such.
      const table = context.pool.tables.find((candidate) => candidate.heading === field.name);
      if (table) return { ...labels, ...objectSchema(context.pool.claim(field.name, parent, context.issues, path), context, path) };
      context.issues.push(`${path}: the page's type \`${field.type}\` is not a known type; the spec leaves it open.`);
      return { ...labels };
    }
  }
}

export interface SchemaContext {
  pool: TablePool;
  /** Where the page and the spec part ways; becomes docIssues. */
  issues: string[];

}

/** The schema of an object described by `table`; an open object when the page has no table for it. */
export function objectSchema(table: DocTable | undefined, context: SchemaContext, path: string): FieldSchema {
  if (!table) {
    context.issues.push(`${path}: the page has no table for this object; the spec leaves its fields open.`);
    return { type: 'object', additionalProperties: true };
  }
  const properties: Record<string, FieldSchema> = {};
  const required: string[] = [];
  for (const field of table.fields) {
    if (field.name in properties) {
      context.issues.push(`${path}.${field.name} is listed twice in the page's table; the spec keeps the first row.`);
      continue;
    }
    properties[field.name] = fieldSchema(field, context, table, `${path}.${field.name}`);
    // The page's 必须, for arguments and response fields alike (specs/README.md says what each means).
    if (isRequired(field)) required.push(field.name);
  }
  return { type: 'object', ...(required.length > 0 ? { required } : {}), properties };
}
