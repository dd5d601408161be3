import type { FieldSchema } from '@wdt-kit/core';

export interface OpenApiSchemaOptions {
  /** Arguments: objects without additionalProperties are closed (the server rejects unknown fields with status 2). */
  closed: boolean;
}

/**
 * A spec schema as a JSON Schema 2020-12 / OpenAPI 3.1 schema. Spec schemas already are JSON Schema;
 * this only closes argument objects and folds enum labels into the description, where generated
 * JSDoc shows them.
 */
export function toOpenApiSchema(schema: FieldSchema, options: OpenApiSchemaOptions): Record<string, unknown> {
  // Deviations from the page are for reviewers (specs/CONFORMANCE.md), not for consumers of the document.
  const { 'x-deviation': _deviation, ...documented } = schema;
  const out: Record<string, unknown> = { ...documented };
  // Most doc tables repeat the field name (名称) as its description (描述): keep one, so generated
  // JSDoc (and the declarations consumers type-check) carry each text once.
  if (schema.description !== undefined && schema.description === schema.title) delete out.description;
  const labels = schema['x-enumLabels'];
  if (labels && Object.keys(labels).length > 0) {
    const legend = Object.entries(labels).map(([value, label]) => `${value}: ${label}`).join('; ');
    out.description = schema.description ? `${schema.description}\n\n取值 ${legend}` : `取值 ${legend}`;
  }
  // `type: [integer, string]` with `enum: [1, 2]`: the server takes 1 and "1" alike (and the run-time
  // check compares values as strings), so the type names both.
  const types = typeof schema.type === 'string' ? [schema.type] : (schema.type ?? []);
  if (schema.enum && types.includes('string') && schema.enum.some((value) => typeof value === 'number')) {
    out.enum = [...schema.enum, ...schema.enum.filter((value) => typeof value === 'number').map(String).filter((text) => !schema.enum!.includes(text))];
  }
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, toOpenApiSchema(v, options)]));
    if (options.closed && schema.additionalProperties === undefined) out.additionalProperties = false;
  }
  if (typeof schema.additionalProperties === 'object') out.additionalProperties = toOpenApiSchema(schema.additionalProperties, options);
  if (schema.items) out.items = toOpenApiSchema(schema.items, options);
  return out;
}
