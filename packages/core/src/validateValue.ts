import type { ValidationIssue } from './errors.js';
import type { ArgSpec, FieldSchema, SchemaType } from './schema.js';

const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Decimal(19,4) as the server parses it: digits with an optional fraction, no exponent, no spaces.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

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
  const actual = typeOf(value);
  // JSON has no NaN or Infinity (they go out as null), and an integer beyond 2^53 is already rounded.
  if (typeof value === 'number' && !Number.isFinite(value)) {
    issues.push({ path, rule: 'finite', message: `${value} cannot be sent (JSON has no NaN or Infinity)` });
    return issues;
  }
  if (actual === 'integer' && !Number.isSafeInteger(value)) {
    issues.push({ path, rule: 'safeInteger', message: `${value} is beyond ±2^53 and cannot be sent exactly; pass it as a string where the spec allows` });
    return issues;
  }
  if (schema.type !== undefined) {
    const allowed = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!typeMatches(actual, allowed)) {
      issues.push({ path, rule: 'type', message: `expected ${allowed.join(' or ')}, got ${actual}` });
      return issues;
    }
  }
  if (schema.enum && !schema.enum.some((e) => e === value || String(e) === String(value))) {
    issues.push({ path, rule: 'enum', message: `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}` });
  }
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) {
      issues.push({ path, rule: 'maxLength', message: `longer than ${schema.maxLength} characters` });
    }
    if (schema.format === 'datetime' && value !== '' && !DATETIME.test(value)) {
      issues.push({ path, rule: 'format', message: 'expected yyyy-MM-dd HH:mm:ss' });
    }
    if (schema.format === 'date' && value !== '' && !DATE.test(value)) {
      issues.push({ path, rule: 'format', message: 'expected yyyy-MM-dd' });
    }
    // '' is how the official examples leave a decimal unfilled.
    if (schema.format === 'decimal' && value !== '' && !DECIMAL.test(value)) {
      issues.push({ path, rule: 'format', message: 'expected a decimal number such as 12.5' });
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) issues.push({ path, rule: 'minimum', message: `less than ${schema.minimum}` });
    if (schema.maximum !== undefined && value > schema.maximum) issues.push({ path, rule: 'maximum', message: `greater than ${schema.maximum}` });
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      issues.push({ path, rule: 'maxItems', message: `more than ${schema.maxItems} items` });
    }
    if (schema.items) value.forEach((item, i) => validateValue(item, schema.items!, `${path}[${i}]`, options, issues));
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (record[key] === undefined) issues.push({ path: `${path}.${key}`, rule: 'required', message: 'is required' });
    }
    const properties = schema.properties ?? {};
    for (const [key, item] of Object.entries(record)) {
      const propertySchema = properties[key];
      if (propertySchema) {
        if (item !== undefined) validateValue(item, propertySchema, `${path}.${key}`, options, issues);
      } else if (typeof schema.additionalProperties === 'object') {
        validateValue(item, schema.additionalProperties, `${path}.${key}`, options, issues);
      } else if (schema.additionalProperties === false || (options.closedObjects && schema.additionalProperties === undefined && schema.properties)) {
        issues.push({ path: `${path}.${key}`, rule: 'unknownField', message: 'is not a documented field' });
      }
    }
  }
  return issues;
}

/** Checks positional arguments: count (optional arguments may only trail) and each value. */
export function validateArgs(args: readonly unknown[], specs: readonly ArgSpec[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const required = specs.filter((a) => a.required).length;
  if (args.length > specs.length) {
    issues.push({ path: 'args', rule: 'count', message: `expected at most ${specs.length} arguments, got ${args.length}` });
  }
  specs.forEach((spec, i) => {
    const value = args[i];
    if (value === undefined) {
      if (spec.required || i < required) issues.push({ path: `args[${i}] (${spec.name})`, rule: 'required', message: 'is required' });
      return;
    }
    validateValue(value, spec.schema, `args[${i}] (${spec.name})`, { closedObjects: true }, issues);
  });
  return issues;
}
