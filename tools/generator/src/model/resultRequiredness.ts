import type { FieldSchema } from '@wdt-kit/core';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `schema` with each object's `required` narrowed to the fields that `occurrences` (every value the
 * success example has at this place) all show. No occurrence at all: nothing is shown, nothing stays.
 */
function narrowed(schema: FieldSchema, occurrences: readonly unknown[]): FieldSchema {
  const objects = occurrences.filter(isRecord);
  const out: FieldSchema = { ...schema };
  if (schema.required) {
    const shown = objects.length === 0 ? [] : schema.required.filter((name) => objects.every((object) => object[name] !== undefined));
    if (shown.length > 0) out.required = shown;
    else delete out.required;
  }
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, narrowed(property, objects.map((object) => object[name]).filter((value) => value !== undefined))]));
  }
  if (schema.items) out.items = narrowed(schema.items, occurrences.filter(Array.isArray).flat());
  if (typeof schema.additionalProperties === 'object') {
    const extra = objects.flatMap((object) => Object.entries(object).filter(([name]) => !Object.hasOwn(schema.properties ?? {}, name)).map(([, value]) => value));
    out.additionalProperties = narrowed(schema.additionalProperties, extra);
  }
  return out;
}

/**
 * The result schema the client's types are emitted from. A result field is required in the type when
 * its object's `required` lists it (the page marks it 必须) and the method's recorded success data
 * shows it in every occurrence of that object (every item, for lists): the server produced that data,
 * while the pages mark fields required that their own examples leave out. Any other field stays
 * optional, as does every field of a method without success data. See specs/README.md.
 */
export function resultRequiredness(returns: FieldSchema, successData: unknown): FieldSchema {
  return narrowed(returns, successData === undefined ? [] : [successData]);
}
