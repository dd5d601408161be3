import type { ArgSpec, FieldSchema } from '@wdt-kit/core';
import { coerceList, coerceValue } from './coerceArgs.js';
import { typeLabel } from './describeCommand.js';

/** A `--<name>` flag that sets one argument, or one field of an object argument. */
export interface FieldFlag {
  flag: string;
  argIndex: number;
  /** The field inside the object argument; undefined when the flag sets the whole argument. */
  field?: string;
  schema: FieldSchema;
  description: string;
  /** Where the value goes, for messages: `params.start_time` or the argument's name. */
  path: string;
  /** A list: the flag may be repeated, each value one item (or a JSON array). */
  repeatable: boolean;
}

const isList = (schema: FieldSchema) => schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'));

/** The allowed values of an enum, with their labels: `1=创建时间, 2=最后修改时间`. */
export function enumText(schema: FieldSchema): string | undefined {
  const values = schema.enum ?? schema.items?.enum;
  if (!values) return undefined;
  const labels = schema['x-enumLabels'] ?? schema.items?.['x-enumLabels'] ?? {};
  return values.map((value) => (labels[String(value)] ? `${String(value)}=${labels[String(value)]}` : String(value))).join(', ');
}

function describe(name: string, schema: FieldSchema): string {
  const values = enumText(schema);
  return `${name} ${typeLabel(schema)}${schema.title ? ` ${schema.title}` : ''}${isList(schema) ? ' (repeatable)' : ''}${values ? ` [${values}]` : ''}`;
}

/**
 * Flags for a method's arguments: each field of an object argument (e.g. `--start_time` for a
 * query's params) and each scalar or list argument by name. A name that collides with a CLI
 * option is left to --json.
 */
export function fieldFlagsOf(args: readonly ArgSpec[], taken: ReadonlySet<string>): FieldFlag[] {
  const flags: FieldFlag[] = [];
  const seen = new Set(taken);
  const add = (name: string, flag: Omit<FieldFlag, 'flag' | 'repeatable'>) => {
    if (seen.has(name)) return;
    seen.add(name);
    flags.push({ flag: name, ...flag, repeatable: isList(flag.schema) });
  };
  args.forEach((arg, argIndex) => {
    const properties = arg.schema.properties;
    if (properties) {
      for (const [field, schema] of Object.entries(properties)) add(field, { argIndex, field, path: `${arg.name}.${field}`, schema, description: describe(`${arg.name}.${field}`, schema) });
    } else {
      add(arg.name, { argIndex, path: arg.name, schema: arg.schema, description: describe(arg.name, { ...arg.schema, ...(arg.title ? { title: arg.title } : {}) }) });
    }
  });
  return flags;
}

/** Puts the values of the flags that were given into the argument array, coerced by their schemas. */
export function applyFieldFlags(args: unknown[], flags: readonly FieldFlag[], given: Readonly<Record<string, unknown>>): unknown[] {
  const out = [...args];
  for (const flag of flags) {
    const text = given[flag.flag];
    if (text === undefined) continue;
    const value = Array.isArray(text) ? coerceList(text as string[], flag.schema, flag.path) : coerceValue(String(text), flag.schema, flag.path);
    if (flag.field === undefined) out[flag.argIndex] = value;
    else out[flag.argIndex] = { ...((out[flag.argIndex] as Record<string, unknown> | undefined) ?? {}), [flag.field]: value };
  }
  return out;
}
