import type { DocPage } from './parsePage.ts';
import type { FieldSchema, MethodSpec } from './specTypes.ts';

/** The field names a page's tables document, for the request and for the response's data. */
export function pageFieldNames(page: DocPage): { request: Set<string>; response: Set<string> } {
  const request = new Set<string>();
  for (const field of page.args?.fields ?? []) if (field.name !== 'pager' && !/^pager$/i.test(field.type.trim())) request.add(field.name);
  for (const table of page.argTables) if (table.heading !== 'pager') for (const field of table.fields) request.add(field.name);
  const response = new Set<string>();
  for (const table of page.responseTables) for (const field of table.fields) response.add(field.name);
  return { request, response };
}

/** name → whether the spec explains it (an `x-note` on the field or on an enclosing schema). */
function collectNames(schema: FieldSchema | undefined, names: Map<string, boolean>, noted: boolean): void {
  if (!schema) return;
  const here = noted || schema['x-note'] !== undefined;
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const explained = here || property['x-note'] !== undefined;
    names.set(name, (names.get(name) ?? false) || explained);
    collectNames(property, names, here);
  }
  collectNames(schema.items, names, here);
  if (typeof schema.additionalProperties === 'object') collectNames(schema.additionalProperties, names, here);
}

export function specFieldNames(spec: MethodSpec): { request: Map<string, boolean>; response: Map<string, boolean> } {
  const request = new Map<string, boolean>();
  for (const arg of spec.args) {
    request.set(arg.name, arg.schema['x-note'] !== undefined);
    collectNames(arg.schema, request, false);
  }
  const response = new Map<string, boolean>();
  collectNames(spec.returns ?? undefined, response, false);
  return { request, response };
}

function mentions(texts: readonly string[], name: string): boolean {
  const word = new RegExp(`(^|[^A-Za-z0-9_])${name}([^A-Za-z0-9_]|$)`);
  return texts.some((text) => word.test(text));
}

/**
 * Every difference between the field names of the page's tables and of the spec that the spec
 * does not explain. A page field the spec leaves out must be named in docIssues; a spec field the
 * tables lack must carry an `x-note` (or be named in docIssues).
 */
export function unexplainedFieldMismatches(page: DocPage, spec: MethodSpec): string[] {
  const onPage = pageFieldNames(page);
  const inSpec = specFieldNames(spec);
  const issues = [...(spec.docIssues ?? []), ...(spec.notes ?? [])];
  const mismatches: string[] = [];
  for (const part of ['request', 'response'] as const) {
    for (const name of onPage[part]) {
      if (!inSpec[part].has(name) && !mentions(issues, name)) mismatches.push(`${part}: the page documents \`${name}\`, the spec does not (and docIssues do not say why)`);
    }
    for (const [name, explained] of inSpec[part]) {
      if (!onPage[part].has(name) && !explained && !mentions(issues, name)) mismatches.push(`${part}: the spec has \`${name}\`, the page's tables do not (and no x-note says why)`);
    }
  }
  return mismatches;
}
