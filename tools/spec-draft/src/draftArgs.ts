import type { DocExample } from './extractExample.ts';
import { fieldSchema, isRequired, TablePool, type SchemaContext } from './fieldSchemas.ts';
import { mapDocType } from './mapDocType.ts';
import type { DocPage } from './parsePage.ts';
import { deviate, inferSchema, jsonTypeOf, reconcileWithExample } from './reconcileWithExample.ts';
import type { ArgSpec } from './specTypes.ts';

export interface DraftedArgs {
  args: ArgSpec[];
  paged: boolean;
  /** The request example as a body array, when the page has one that can be read as such. */
  request: unknown[] | undefined;
  issues: string[];
}

const isPager = (name: string, type: string) => mapDocType(type).kind === 'pager' || name === 'pager';

/** The body array the page's request example stands for. */
export function requestBody(example: DocExample | undefined, paged: boolean, issues: string[]): unknown[] | undefined {
  if (!example) {
    issues.push('The page has no JSON request example.');
    return undefined;
  }
  if (example.value === undefined) {
    issues.push(`The page's request example cannot be read (${example.defect ?? 'unparseable'}).`);
    return undefined;
  }
  if (example.defect) issues.push(`The page's request example is not strict JSON (${example.defect}); the spec keeps its content.`);
  if (Array.isArray(example.value)) return example.value;
  if (paged && jsonTypeOf(example.value) === 'object') {
    issues.push('The page shows the request example as the params object without the body array around it.');
    return [example.value];
  }
  issues.push('The page\'s request example is not a body array; the spec does not use it.');
  return undefined;
}

/**
 * Where the page's example and its table disagree on the shape of a whole argument (the catalog
 * lists three such pages), the spec follows the example: an object documented as the argument but
 * sent as a list of such objects, or a list documented as the argument but sent inside an object.
 */
function followArgumentShape(arg: ArgSpec, value: unknown, issues: string[]): void {
  const declared = arg.schema.type;
  const actual = jsonTypeOf(value);
  if (declared === 'object' && actual === 'array') {
    arg.schema = { title: arg.schema.title, description: arg.schema.description, type: 'array', items: { ...arg.schema, title: undefined, description: undefined } };
    arg.schema['x-note'] = 'The table documents one object; the request example sends a list of them, which the spec follows.';
    deviate(arg.schema, 'type', 'nesting', 'extra');
    issues.push(`Argument ${arg.name}: the table documents one object, the request example sends a list of them; the spec follows the example.`);
  } else if (declared === 'array' && actual === 'object' && arg.name in (value as Record<string, unknown>)) {
    const list = { ...arg.schema, title: undefined, description: undefined };
    arg.schema = { title: arg.schema.title, description: arg.schema.description, type: 'object', required: [arg.name], properties: { [arg.name]: list } };
    arg.schema['x-note'] = `The table documents the list as the argument; the request example wraps it as {${arg.name}: [...]}, which the spec follows.`;
    deviate(arg.schema, 'type', 'nesting', 'extra');
    issues.push(`Argument ${arg.name}: the table documents a list, the request example sends {${arg.name}: [...]}; the spec follows the example.`);
  }
  for (const key of ['title', 'description'] as const) if (arg.schema[key] === undefined) delete arg.schema[key];
}

/** The positional arguments of a page: the 业务请求参数 rows in order, the pager left out. */
export function draftArgs(page: DocPage, catalogPaged: boolean | undefined): DraftedArgs {
  const issues: string[] = [];
  const rows = page.args?.fields ?? [];
  if (!page.args) issues.push('The page has no 业务请求参数 table; the arguments follow the request example.');
  const paged = rows.some((row) => isPager(row.name, row.type)) || catalogPaged === true;
  const context: SchemaContext = { pool: new TablePool(page.argTables), issues };
  const args: ArgSpec[] = rows
    .filter((row) => !isPager(row.name, row.type))
    .map((row) => {
      const schema = fieldSchema(row, context, undefined, row.name);
      const { title, description, ...rest } = schema;
      const arg: ArgSpec = { name: row.name, ...(title ? { title } : {}), ...(description ? { description } : {}), required: isRequired(row), schema: rest };
      return arg;
    });

  const request = requestBody(page.requestExample, paged, issues);
  if (request && isListOfRows(request, args)) {
    // The table lists an object's fields as if they were the arguments; the example sends one list of such objects.
    const properties = Object.fromEntries(args.map(({ name, title, description, schema }) => [name, { ...(title ? { title } : {}), ...(description ? { description } : {}), ...schema }]));
    const required = args.filter((arg) => arg.required).map((arg) => arg.name);
    args.splice(0, args.length, {
      name: 'list',
      required: true,
      schema: {
        type: 'array',
        items: { type: 'object', ...(required.length > 0 ? { required } : {}), properties },
        'x-note': 'The table lists these fields as the arguments; the request example sends one list of objects with them, which the spec follows.',
        'x-deviation': ['extra', 'nesting'],
      },
    });
    issues.push('The table lists the fields of one object as the arguments; the request example sends one list of such objects, which the spec follows.');
  }
  if (request) {
    request.forEach((value, i) => {
      let arg = args[i];
      if (!arg) {
        arg = { name: `arg${i + 1}`, required: false, schema: inferSchema(value) };
        arg.schema['x-note'] = 'Not in the page\'s table; the request example sends it.';
        deviate(arg.schema, 'extra');
        args.push(arg);
        issues.push(`The request example sends a ${i + 1}. argument that the page's table does not list.`);
        return;
      }
      followArgumentShape(arg, value, issues);
      reconcileWithExample(value, arg.schema, `args[${i}] (${arg.name})`, { closed: true, issues, source: 'request example' });
    });
    const omitted = args.slice(request.length).filter((arg) => arg.required);
    for (const arg of omitted) {
      arg.required = false;
      arg.schema['x-note'] = [arg.schema['x-note'], 'Marked required, but the request example omits it: optional here.'].filter(Boolean).join(' ');
      deviate(arg.schema, 'required');
      issues.push(`Argument ${arg.name}: the table marks it required, but the request example omits it; the spec makes it optional.`);
    }
  }
  // The pager's own table (page_size, page_no) describes the query string, not an argument.
  for (const table of context.pool.unclaimed().filter((unclaimed) => unclaimed.heading !== 'pager')) {
    issues.push(`The request tables include one headed \`${table.heading ?? '(no heading)'}\` that no argument refers to (fields: ${table.fields.map((field) => field.name).join(', ')}).`);
  }
  // Optional arguments may only trail: a required argument after an optional one makes the optional one required.
  const lastRequired = args.map((arg) => arg.required).lastIndexOf(true);
  args.forEach((arg, i) => {
    if (i < lastRequired && !arg.required) {
      arg.required = true;
      arg.schema['x-note'] = [arg.schema['x-note'], 'Marked optional, but a required argument follows it: arguments are positional, so it is sent (empty where there is nothing to send).'].filter(Boolean).join(' ');
      deviate(arg.schema, 'required');
    }
  });
  return { args, paged, request, issues };
}

/** Whether the example's only argument is a list of objects whose keys are the table's argument names. */
function isListOfRows(request: readonly unknown[], args: readonly ArgSpec[]): boolean {
  if (request.length !== 1 || args.length < 2 || !Array.isArray(request[0])) return false;
  const rows = request[0] as unknown[];
  const names = new Set(args.map((arg) => arg.name));
  return rows.length > 0 && rows.every((row) => jsonTypeOf(row) === 'object' && Object.keys(row as object).every((key) => names.has(key)));
}
