import type { FieldSchema, MethodSpec, MockResourceSpec, MockSpec } from '@wdt-kit/core';
import type { LoadedSpecFile } from '../load/loadSpecFile.js';
import type { SpecDiagnostic } from '../load/SpecDiagnostic.js';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/** A resource as its defining query declares it: the record shape is that query's list item. */
interface DeclaredResource {
  method: string;
  defines: MockResourceSpec;
  record: FieldSchema;
}

// What each effect needs besides `effect` (the schema cannot say it without making the generated types opaque).
const REQUIRED_BY_EFFECT: Record<MockSpec['effect'], readonly (keyof MockSpec)[]> = {
  generic: ['reason'],
  create: ['resource', 'record', 'duplicate'],
  upsert: ['resource', 'record'],
  update: ['resource', 'key', 'record', 'notFound'],
  cancel: ['resource', 'key', 'to', 'from', 'notFound', 'wrongStatus'],
  setStatus: ['resource', 'key', 'to', 'from', 'notFound', 'wrongStatus'],
  query: ['resource'],
};
// What only some effects may carry.
const ALLOWED_ONLY_FOR: Partial<Record<keyof MockSpec, readonly MockSpec['effect'][]>> = {
  reason: ['generic'],
  defines: ['query'],
  filters: ['query'],
  window: ['query'],
  record: ['create', 'upsert', 'update'],
  number: ['create', 'upsert'],
  status: ['create', 'upsert'],
  duplicate: ['create'],
  key: ['update', 'cancel', 'setStatus'],
  to: ['update', 'cancel', 'setStatus'],
  from: ['update', 'cancel', 'setStatus'],
  notFound: ['update', 'cancel', 'setStatus'],
  wrongStatus: ['update', 'cancel', 'setStatus'],
  answer: ['create', 'upsert', 'update', 'cancel', 'setStatus'],
  each: ['create', 'upsert', 'update', 'cancel', 'setStatus'],
};

/** The schema at a dotted path of the arguments (`stockin_order.goods_list`), or undefined. */
export function argSchemaAt(spec: MethodSpec, path: string): FieldSchema | undefined {
  const [name, ...rest] = path.split('.');
  const arg = spec.args.find((candidate) => candidate.name === name);
  return arg && propertyAt(arg.schema, rest);
}

// Steps into objects by property name, and through a list into its items (`goodsInfo.goods_no` with `each: goodsInfo`).
function propertyAt(schema: FieldSchema | undefined, steps: readonly string[]): FieldSchema | undefined {
  let at = schema;
  for (const step of steps) {
    const object: FieldSchema | undefined = at?.properties ? at : at?.items;
    at = object?.properties?.[step];
    if (!at) return undefined;
  }
  return at;
}

/** Where a query keeps its records: `defines.list`, else the paged listKey. */
export function listPropertyOf(spec: MethodSpec, defines?: MockResourceSpec): string | undefined {
  return defines?.list ?? (spec.paged ? (spec.paged.listKey ?? undefined) : undefined);
}

const isArray = (schema: FieldSchema | undefined) => schema !== undefined && (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array')) || schema.items !== undefined);

function declaredResources(files: readonly LoadedSpecFile<MethodSpec>[], diagnostics: SpecDiagnostic[]): Map<string, DeclaredResource> {
  const resources = new Map<string, DeclaredResource>();
  for (const file of files) {
    const spec = file.data;
    const mock = spec.mock;
    if (!mock?.defines || mock.effect !== 'query' || !mock.resource) continue;
    const report: Report = (path, message) => diagnostics.push({ file: file.file, ...file.positionOf(path), message });
    const at = ['mock', 'defines'];
    const earlier = resources.get(mock.resource);
    if (earlier) {
      report([...at], `resource "${mock.resource}" is already defined by ${earlier.method}`);
      continue;
    }
    const list = listPropertyOf(spec, mock.defines);
    const listSchema = list === undefined ? undefined : spec.returns?.properties?.[list];
    if (list === undefined) {
      report(at, 'a resource needs its list: give `list` (the returns property holding the records) or page the method');
      continue;
    }
    if (!listSchema?.items?.properties) {
      report(mock.defines.list ? [...at, 'list'] : at, `returns.${list} is not a list of objects`);
      continue;
    }
    const record = listSchema.items;
    const properties = record.properties ?? {};
    for (const role of ['key', 'status', 'lines', 'created', 'modified'] as const) {
      const field = mock.defines[role];
      if (field !== undefined && !(field in properties)) report([...at, role], `${role} field "${field}" is not a property of returns.${list}[]`);
    }
    const status = mock.defines.status;
    if (status !== undefined && properties[status] && !properties[status].enum) report([...at, 'status'], `status field "${status}" has no enum: the resource's statuses come from it`);
    const lines = mock.defines.lines;
    if (lines !== undefined && properties[lines] && !properties[lines].items?.properties) report([...at, 'lines'], `lines field "${lines}" is not a list of objects`);
    resources.set(mock.resource, { method: spec.method, defines: mock.defines, record });
  }
  return resources;
}

function statusesOf(resource: DeclaredResource): readonly unknown[] | undefined {
  return resource.defines.status === undefined ? undefined : resource.record.properties?.[resource.defines.status]?.enum;
}

function checkStatus(resource: DeclaredResource, value: number, path: Path, report: Report): void {
  const statuses = statusesOf(resource);
  if (!statuses) report(path, `resource has no status field: declare \`status\` in its definition`);
  else if (!statuses.includes(value)) report(path, `status ${value} is not in the resource's status enum (${statuses.join(', ')})`);
}

function checkArgPath(spec: MethodSpec, path: string, at: Path, report: Report): FieldSchema | undefined {
  const schema = argSchemaAt(spec, path);
  if (!schema) report(at, `argument path "${path}" does not exist in args`);
  return schema;
}

function checkDeclaration(spec: MethodSpec, mock: MockSpec, resources: Map<string, DeclaredResource>, report: Report): void {
  for (const key of REQUIRED_BY_EFFECT[mock.effect]) if (mock[key] === undefined) report(['mock'], `effect ${mock.effect} needs \`${key}\``);
  for (const [key, effects] of Object.entries(ALLOWED_ONLY_FOR)) {
    if (mock[key as keyof MockSpec] !== undefined && !effects.includes(mock.effect)) report(['mock', key], `\`${key}\` has no meaning for effect ${mock.effect}`);
  }
  if (mock.effect === 'generic' || mock.resource === undefined) return;
  const resource = resources.get(mock.resource);
  if (!resource) {
    report(['mock', 'resource'], `resource "${mock.resource}" is not defined (a query declares it with \`defines\`)`);
    return;
  }
  const recordProperties = resource.record.properties ?? {};
  if (mock.record) {
    const fields = mock.record.fields;
    if (mock.effect !== 'update' && !(resource.defines.key in fields) && !mock.number) report(['mock', 'record', 'fields'], `the key field "${resource.defines.key}" is mapped from no argument (map it, or give \`number\`)`);
    for (const [field, path] of Object.entries(fields)) {
      if (!(field in recordProperties)) report(['mock', 'record', 'fields', field], `"${field}" is not a field of ${mock.resource} (returns of ${resource.method})`);
      checkArgPath(spec, path, ['mock', 'record', 'fields', field], report);
    }
    for (const field of Object.keys(mock.record.defaults ?? {})) {
      if (!(field in recordProperties)) report(['mock', 'record', 'defaults', field], `"${field}" is not a field of ${mock.resource} (returns of ${resource.method})`);
    }
    const lines = mock.record.lines;
    if (lines) {
      const lineRecord = resource.defines.lines === undefined ? undefined : recordProperties[resource.defines.lines]?.items;
      if (!lineRecord) report(['mock', 'record', 'lines'], `resource "${mock.resource}" declares no lines field`);
      const source = checkArgPath(spec, lines.from, ['mock', 'record', 'lines', 'from'], report);
      if (source && !isArray(source)) report(['mock', 'record', 'lines', 'from'], `argument "${lines.from}" is not a list`);
      for (const field of Object.keys(lines.defaults ?? {})) {
        if (lineRecord && !lineRecord.properties?.[field]) report(['mock', 'record', 'lines', 'defaults', field], `"${field}" is not a field of the lines of ${mock.resource}`);
      }
      for (const [field, path] of Object.entries(lines.fields)) {
        if (lineRecord && !lineRecord.properties?.[field]) report(['mock', 'record', 'lines', 'fields', field], `"${field}" is not a field of the lines of ${mock.resource}`);
        if (source?.items && !propertyAt(source.items, path.split('.'))) report(['mock', 'record', 'lines', 'fields', field], `"${path}" is not a property of an item of ${lines.from}`);
      }
    }
  }
  if ((mock.effect === 'create' || mock.effect === 'upsert') && mock.status === undefined && resource.defines.status !== undefined) {
    report(['mock'], `effect ${mock.effect} needs \`status\` (resource "${mock.resource}" has statuses)`);
  }
  if (typeof mock.status === 'number') checkStatus(resource, mock.status, ['mock', 'status'], report);
  else if (mock.status) {
    checkArgPath(spec, mock.status.arg, ['mock', 'status', 'arg'], report);
    checkStatus(resource, mock.status.default, ['mock', 'status', 'default'], report);
    for (const [value, status] of Object.entries(mock.status.map)) checkStatus(resource, status, ['mock', 'status', 'map', value], report);
  }
  if (mock.each !== undefined) {
    const list = checkArgPath(spec, mock.each, ['mock', 'each'], report);
    if (list && !isArray(list)) report(['mock', 'each'], `argument "${mock.each}" is not a list`);
  }
  for (const [path, source] of Object.entries(mock.answer ?? {})) {
    if (source === 'keys' && mock.each === undefined) report(['mock', 'answer', path], '`keys` needs `each` (the list of items the effect applies to)');
  }
  if (mock.key !== undefined) checkArgPath(spec, mock.key, ['mock', 'key'], report);
  if (mock.from !== undefined && mock.wrongStatus === undefined) report(['mock', 'from'], '`from` needs `wrongStatus` (the documented error for another status)');
  if (mock.to !== undefined) checkStatus(resource, mock.to, ['mock', 'to'], report);
  mock.from?.forEach((status, i) => checkStatus(resource, status, ['mock', 'from', i], report));
  for (const path of Object.keys(mock.answer ?? {})) {
    if (path === '$') continue;
    if (!propertyAt(spec.returns ?? undefined, path.split('.'))) report(['mock', 'answer', path], `"${path}" is not a property of returns`);
  }
  if (mock.effect === 'query') {
    if (!mock.defines && listPropertyOf(spec) === undefined) report(['mock'], 'a query reading a resource it does not define must be paged (its list is the listKey)');
    mock.filters?.forEach((filter, i) => {
      checkArgPath(spec, filter.arg, ['mock', 'filters', i, 'arg'], report);
      if (!(filter.field in recordProperties)) report(['mock', 'filters', i, 'field'], `"${filter.field}" is not a field of ${mock.resource}`);
    });
    if (mock.window !== undefined) {
      if (!spec.timeWindow) report(['mock', 'window'], 'a window needs the method\'s timeWindow');
      // The engine keeps every record's creation and change times, shown or not by the record shape.
      if (typeof mock.window === 'object') checkArgPath(spec, mock.window.arg, ['mock', 'window', 'arg'], report);
    }
  }
}

/**
 * The `mock:` sections across the catalog: each resource defined once by a query whose list holds
 * its records; every declaration names a defined resource, argument paths that exist in its args,
 * record fields that exist in the resource, and statuses from the resource's status enum. Every
 * problem points at the offending YAML node.
 */
export function checkMockDeclarations(files: readonly LoadedSpecFile<MethodSpec>[], diagnostics: SpecDiagnostic[]): void {
  const resources = declaredResources(files, diagnostics);
  for (const file of files) {
    const mock = file.data.mock;
    if (!mock) continue;
    checkDeclaration(file.data, mock, resources, (path, message) => diagnostics.push({ file: file.file, ...file.positionOf(path), message }));
  }
}
