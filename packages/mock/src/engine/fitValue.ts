import { validateValue, type FieldSchema, type SchemaType } from '@wdt-kit/core';
import { formatBeijingDateTime, parseBeijingDateTime } from '../behaviours/beijingTime.js';

const admits = (schema: FieldSchema, type: SchemaType) => schema.type === undefined || schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));

/**
 * A value as a field of the given schema holds it, or undefined when it cannot be: an argument's
 * `"3"` fits a number field as 3, a number fits a string field as its text; anything else must
 * validate as it is. Keeps every answer valid against its spec.
 */
export function fitValue(value: unknown, schema: FieldSchema): unknown {
  if (value === undefined) return undefined;
  if (validateValue(value, schema, '').length === 0) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) && (admits(schema, 'number') || admits(schema, 'integer'))) {
    const number = Number(value);
    return validateValue(number, schema, '').length === 0 ? number : undefined;
  }
  if (typeof value === 'number' && admits(schema, 'string')) return validateValue(String(value), schema, '').length === 0 ? String(value) : undefined;
  return undefined;
}

/** A moment in unix milliseconds as a field of the schema shows it: epoch-ms as a number (where allowed), else `yyyy-MM-dd HH:mm:ss`. */
export function fitMoment(ms: number, schema: FieldSchema): unknown {
  if (schema.format === 'epoch-ms') return admits(schema, 'integer') ? ms : String(ms);
  return fitValue(formatBeijingDateTime(ms), schema);
}

/** Unix milliseconds of a moment field as examples and callers write it (epoch-ms number or digits, or a Beijing datetime). */
export function momentOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  if (/^\d{10,}$/.test(value)) return Number(value);
  return parseBeijingDateTime(value);
}
