import type { FieldSchema, MethodSpec } from '@wdt-kit/core';
import { parameterNamesOf } from './parameterNames.js';
import { resultRequiredness } from './resultRequiredness.js';
import type { MethodModel } from './SpecModel.js';

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function listItemSchema(spec: MethodSpec): FieldSchema | undefined {
  if (!spec.paged || !spec.returns) return undefined;
  const list = spec.paged.listKey === null ? spec.returns : spec.returns.properties?.[spec.paged.listKey];
  return list?.items ?? {};
}

/** Derives the names and shapes every emitter needs; sorted by method so output is deterministic. */
export function buildModel(specs: { file: string; spec: MethodSpec }[]): MethodModel[] {
  return specs
    .map(({ file, spec }) => {
      const segments = spec.method.split('.');
      const typeName = segments.map(pascal).join('');
      const model: MethodModel = {
        spec,
        file,
        segments,
        leaf: segments[segments.length - 1]!,
        functionName: typeName.charAt(0).toLowerCase() + typeName.slice(1),
        typeName,
        parameterNames: parameterNamesOf(spec.args.map((arg) => arg.name)),
        typedReturns: spec.returns && resultRequiredness(spec.returns, spec.examples?.response?.data),
      };
      const item = listItemSchema(spec);
      if (item) model.itemSchema = item;
      const list = spec.paged && spec.returns ? (spec.paged.listKey === null ? spec.returns : spec.returns.properties?.[spec.paged.listKey]) : undefined;
      if (spec.paged && list?.items) model.itemListPath = spec.paged.listKey === null ? [] : [spec.paged.listKey];
      return model;
    })
    .sort((a, b) => (a.spec.method < b.spec.method ? -1 : a.spec.method > b.spec.method ? 1 : 0));
}
