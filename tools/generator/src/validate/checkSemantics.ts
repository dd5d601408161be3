import { basename } from 'node:path';
import { validateArgs, type FieldSchema } from '@wdt-kit/core';
import type { LoadedSpecFile } from '../load/loadSpecFile.js';
import type { SpecDiagnostic } from '../load/SpecDiagnostic.js';
import type { MethodSpec } from '@wdt-kit/core';
import { checkPartialFailure } from './checkPartialFailure.js';

type Report = (path: (string | number)[], message: string) => void;

function checkRequiredListsExist(schema: FieldSchema, path: (string | number)[], report: Report): void {
  for (const name of schema.required ?? []) {
    if (!schema.properties || !(name in schema.properties)) report([...path, 'required'], `required field "${name}" is not in properties`);
  }
  for (const [name, child] of Object.entries(schema.properties ?? {})) checkRequiredListsExist(child, [...path, 'properties', name], report);
  if (schema.items) checkRequiredListsExist(schema.items, [...path, 'items'], report);
}

/** Rules the JSON Schema cannot express: file naming, argument order, paging and examples that fit the spec. */
export function checkSemantics(file: LoadedSpecFile<MethodSpec>, seenMethods: Map<string, string>, diagnostics: SpecDiagnostic[]): void {
  const spec = file.data;
  const report: Report = (path, message) => diagnostics.push({ file: file.file, ...file.positionOf(path), message });

  const expectedName = basename(file.file).replace(/\.ya?ml$/, '');
  if (spec.method !== expectedName) report(['method'], `method "${spec.method}" does not match the file name (expected "${expectedName}")`);
  const earlier = seenMethods.get(spec.method);
  if (earlier) report(['method'], `duplicate method "${spec.method}" (also in ${earlier})`);
  else seenMethods.set(spec.method, file.file);

  const names = new Set<string>();
  let optionalSeen = false;
  spec.args.forEach((arg, i) => {
    if (names.has(arg.name)) report(['args', i, 'name'], `duplicate argument name "${arg.name}"`);
    names.add(arg.name);
    if (arg.required) {
      if (optionalSeen) report(['args', i, 'required'], `required argument "${arg.name}" follows an optional one: optional arguments may only trail`);
    } else optionalSeen = true;
    checkRequiredListsExist(arg.schema, ['args', i, 'schema'], report);
  });
  if (spec.returns) checkRequiredListsExist(spec.returns, ['returns'], report);

  if (spec.paged) {
    const params = spec.args[0]?.schema;
    if (!params || params.type !== 'object') report(['args'], 'a paged method takes its query params object as the first argument');
    if (spec.paged.listKey !== null && spec.returns && spec.returns.type === 'object' && !spec.returns.properties?.[spec.paged.listKey]) {
      report(['paged', 'listKey'], `listKey "${spec.paged.listKey}" is not a property of returns`);
    }
  }
  if (spec.dataWrapper && !(spec.returns?.type === 'object' && spec.returns.properties?.[spec.dataWrapper.key]?.type === 'object')) {
    report(['dataWrapper', 'key'], `dataWrapper key "${spec.dataWrapper.key}" is not an object property of returns`);
  }
  // A page's items are found by listKey; the wrap is done by a non-paged method's generated function.
  if (spec.dataWrapper && spec.paged) report(['dataWrapper'], 'dataWrapper applies to non-paged methods only (a paged one names its list with paged.listKey)');
  if (spec.timeWindow) {
    const properties = spec.args[0]?.schema.properties ?? {};
    for (const key of ['start', 'end'] as const) {
      const field = spec.timeWindow[key];
      if (!(field in properties)) report(['timeWindow', key], `time window field "${field}" is not a property of the first argument`);
    }
  }
  checkPartialFailure(spec, report);
  const request = spec.examples?.request;
  if (request) {
    for (const issue of validateArgs(request, spec.args)) {
      report(['examples', 'request'], `request example does not fit args: ${issue.path}: ${issue.message}`);
    }
  }
}
