import type { ValidationIssue } from './errors.js';
import type { ArgSpec, FieldSchema, SchemaType } from './schema.js';

// String formats checked before sending: the pattern, and what is expected. A decimal is Decimal(19,4)
// as the server parses it: digits with an optional fraction, no exponent, no spaces.
const FORMATS: Partial<Record<NonNullable<FieldSchema['format']>, readonly [RegExp, string]>> = {
  datetime: [/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'yyyy-MM-dd HH:mm:ss'],
  date: [/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd'],
  decimal: [/^[+-]?(\d+(\.\d*)?|\.\d+)$/, 'a decimal such as 12.5'],
};

function typeOf(value: unknown): SchemaType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as SchemaType;
}

function typeMatches(actual: SchemaType, allowed: readonly SchemaType[]): boolean {
  return allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
}

export interface ValidateOptions {
  /** Objects without `additionalProperties` reject unknown keys (arguments: the server answers status 2). */
  closedObjects?: boolean;
}

/** Checks a value against a spec schema; returns every broken rule with its path. */
export function validateValue(
  value: unknown,
  schema: FieldSchema,
  path: string,
  options: ValidateOptions = {},
  issues: ValidationIssue[] = [],
): ValidationIssue[] {
  const add = (rule: string, message: string, at = path) => issues.push({ path: at, rule, message });
  const actual = typeOf(value);
  // JSON has no NaN or Infinity (they go out as null), and an integer beyond 2^53 is already rounded.
  if (typeof value === 'number' && !Number.isFinite(value)) {
    add('finite', `${value} is not a finite number (JSON has none)`);
    return issues;
  }
  if (actual === 'integer' && !Number.isSafeInteger(value)) {
    add('safeInteger', `${value} is beyond ±2^53: it cannot be sent exactly (a string can)`);
    return issues;
  }
  if (schema.type !== undefined) {
    const allowed = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!typeMatches(actual, allowed)) {
      add('type', `expected ${allowed.join(' or ')}, got ${actual}`);
      return issues;
    }
  }
  if (schema.enum && !schema.enum.some((e) => e === value || String(e) === String(value))) {
    add('enum', `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);
  }
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) add('maxLength', `longer than ${schema.maxLength} characters`);
    // '' is how the official examples leave a datetime, date or decimal unfilled.
    const format = schema.format && FORMATS[schema.format];
    if (format && value !== '' && !format[0].test(value)) add('format', `expected ${format[1]}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) add('minimum', `less than ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) add('maximum', `greater than ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) add('maxItems', `more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => validateValue(item, schema.items!, `${path}[${i}]`, options, issues));
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (record[key] === undefined) add('required', 'is required', `${path}.${key}`);
    const properties = schema.properties ?? {};
    const { additionalProperties } = schema;
    for (const [key, item] of Object.entries(record)) {
      const at = `${path}.${key}`;
      const propertySchema = properties[key] ?? (typeof additionalProperties === 'object' ? additionalProperties : undefined);
      if (propertySchema) {
        if (item !== undefined) validateValue(item, propertySchema, at, options, issues);
      } else if (additionalProperties === false || (options.closedObjects && additionalProperties === undefined && schema.properties)) {
        add('unknownField', 'is not a documented field', at);
      }
    }
  }
  return issues;
}

/** Checks positional arguments: count (optional arguments may only trail) and each value. */
export function validateArgs(args: readonly unknown[], specs: readonly ArgSpec[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const required = specs.filter((a) => a.required).length;
  if (args.length > specs.length) issues.push({ path: 'args', rule: 'count', message: `expected at most ${specs.length} arguments, got ${args.length}` });
  specs.forEach((spec, i) => {
    const path = `args[${i}] (${spec.name})`;
    if (args[i] !== undefined) validateValue(args[i], spec.schema, path, { closedObjects: true }, issues);
    else if (spec.required || i < required) issues.push({ path, rule: 'required', message: 'is required' });
  });
  return issues;
}
