import type { ArgSpec, FieldSchema } from '@wdt-kit/core';

/**
 * A schema without its x-deviation entries, keys in their order: deviations from the page are for
 * reviewers (specs/CONFORMANCE.md), not for what is shipped.
 */
export function schemaWithoutDeviations(schema: FieldSchema): FieldSchema {
  const nested = (key: string, value: unknown): unknown => {
    if (key === 'properties') return Object.fromEntries(Object.entries(value as Record<string, FieldSchema>).map(([name, property]) => [name, schemaWithoutDeviations(property)]));
    if ((key === 'items' || key === 'additionalProperties') && typeof value === 'object' && value !== null) return schemaWithoutDeviations(value as FieldSchema);
    return value;
  };
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'x-deviation').map(([key, value]) => [key, nested(key, value)])) as FieldSchema;
}

export const withoutDeviations = (args: readonly ArgSpec[]): ArgSpec[] => args.map((arg) => ({ ...arg, schema: schemaWithoutDeviations(arg.schema) }));
