import type { FieldSchema } from '@wdt-kit/core';

/**
 * The smallest value a schema allows: required fields only, empty lists, the first enum value, the
 * minimum of a number. Used to prove that a method's generated argument types ask for no more than
 * its spec does.
 */
export function minimalValueOf(schema: FieldSchema): unknown {
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const types = schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : [...schema.type];
  const type = types.find((t) => t !== 'null') ?? types[0];
  switch (type) {
    case 'string':
      return schema.format === 'datetime' ? '2024-01-01 00:00:00' : schema.format === 'date' ? '2024-01-01' : schema.format === 'decimal' ? '0' : 'x';
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'null':
      return null;
    case 'object':
    case undefined:
      return Object.fromEntries((schema.required ?? []).map((name) => [name, minimalValueOf(schema.properties?.[name] ?? {})]));
  }
}
