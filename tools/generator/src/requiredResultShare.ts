import type { FieldSchema } from '@wdt-kit/core';
import type { MethodModel } from './model/SpecModel.js';

/** The path of every result field (`method data.order[].trade_no`) and whether its object lists it in `required`. */
export function resultFieldsOf(schema: FieldSchema | null, path = 'data'): { path: string; required: boolean }[] {
  if (!schema) return [];
  const fields = Object.entries(schema.properties ?? {}).flatMap(([name, property]) => [
    { path: `${path}.${name}`, required: schema.required?.includes(name) ?? false },
    ...resultFieldsOf(property, `${path}.${name}`),
  ]);
  if (schema.items) fields.push(...resultFieldsOf(schema.items, `${path}[]`));
  if (typeof schema.additionalProperties === 'object') fields.push(...resultFieldsOf(schema.additionalProperties, `${path}{}`));
  return fields;
}

export interface RequiredResultShare {
  /** Every field of every method's result, nested ones included. */
  fields: number;
  /** Fields the specs list in `required` (the page marks them 必须). */
  requiredInSpecs: string[];
  /** Fields the generated client types make non-optional (resultRequiredness.ts). */
  requiredInTypes: string[];
}

/** How many result fields the specs and the client types make required, for issue 14's report. */
export function requiredResultShare(models: readonly MethodModel[]): RequiredResultShare {
  const share: RequiredResultShare = { fields: 0, requiredInSpecs: [], requiredInTypes: [] };
  for (const model of models) {
    const inSpec = resultFieldsOf(model.spec.returns);
    share.fields += inSpec.length;
    share.requiredInSpecs.push(...inSpec.filter((field) => field.required).map((field) => `${model.spec.method} ${field.path}`));
    share.requiredInTypes.push(...resultFieldsOf(model.typedReturns).filter((field) => field.required).map((field) => `${model.spec.method} ${field.path}`));
  }
  return share;
}
