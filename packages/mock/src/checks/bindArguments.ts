import type { ArgSpec, FieldSchema, SchemaType } from '@wdt-kit/core';

function allowedTypes(schema: FieldSchema): readonly SchemaType[] | undefined {
  if (schema.type === undefined) return undefined;
  return typeof schema.type === 'string' ? [schema.type] : schema.type;
}

function isNumericText(value: string): boolean {
  return value.trim() !== '' && Number.isFinite(Number(value));
}

// A scalar inside a Map argument, read as the server reads it when its JSON type is not the documented one.
function bindScalar(value: unknown, schema: FieldSchema): unknown {
  const allowed = allowedTypes(schema);
  if (!allowed) return value;
  const numeric = allowed.includes('number') || allowed.includes('integer');
  if (typeof value === 'string' && !allowed.includes('string') && numeric && isNumericText(value)) {
    const number = Number(value);
    return allowed.includes('number') || Number.isInteger(number) ? number : value;
  }
  if ((value === 0 || value === 1) && !numeric && allowed.includes('boolean')) return value === 1;
  return value;
}

function bindField(value: unknown, schema: FieldSchema | undefined): unknown {
  if (!schema || value === null) return value;
  if (Array.isArray(value)) return schema.items ? value.map((item) => bindField(item, schema.items)) : value;
  if (typeof value === 'object' && value !== null) return bindObject(value as Record<string, unknown>, schema);
  return bindScalar(value, schema);
}

function bindObject(value: Record<string, unknown>, schema: FieldSchema): Record<string, unknown> {
  const bound: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const fieldSchema = schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    bound[key] = bindField(field, fieldSchema);
  }
  return bound;
}

/**
 * The arguments as the server sees them once its Java layer has bound them. A positional argument
 * is bound to a typed parameter and stays as sent. Inside an object argument (a Map) a scalar in
 * another JSON type is read the way the doc pages' own request examples show the server accepts
 * it: numeric strings as numbers (`"num":"3"` in three pages' examples) and 0 and 1 as booleans
 * (`"hide_deleted":1`). Anything else is left for the type check to refuse. (A null is kept:
 * checkCall lets it stand for any type.)
 */
export function bindArguments(args: readonly unknown[], specs: readonly ArgSpec[]): unknown[] {
  return args.map((arg, i) => {
    const schema = specs[i]?.schema;
    if (!schema || typeof arg !== 'object' || arg === null) return arg;
    if (!Array.isArray(arg)) return bindObject(arg as Record<string, unknown>, schema);
    // A List argument: its object items are Maps; its scalar items are bound as sent.
    return arg.map((item) => (typeof item === 'object' && item !== null ? bindField(item, schema.items) : item));
  });
}
