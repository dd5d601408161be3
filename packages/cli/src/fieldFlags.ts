import type { ArgSpec, FieldSchema } from '@wdt-kit/core';
import { coerceValue } from './coerceArgs.js';

/** A `--<name>` flag that sets one argument, or one field of an object argument. */
export interface FieldFlag {
  flag: string;
  argIndex: number;
  /** The field inside the object argument; undefined when the flag sets the whole argument. */
  field?: string;
  schema: FieldSchema;
  description: string;
}

/**
 * Flags for a method's arguments: each field of an object argument (e.g. `--start_time` for a
 * query's params) and each scalar argument by name. A name that collides with a CLI option is left
 * to --json.
 */
export function fieldFlagsOf(args: readonly ArgSpec[], taken: ReadonlySet<string>): FieldFlag[] {
  const flags: FieldFlag[] = [];
  const seen = new Set(taken);
  const add = (name: string, flag: Omit<FieldFlag, 'flag'>) => {
    if (seen.has(name)) return;
    seen.add(name);
    flags.push({ flag: name, ...flag });
  };
  args.forEach((arg, argIndex) => {
    const properties = arg.schema.properties;
    if (properties) {
      for (const [field, schema] of Object.entries(properties)) add(field, { argIndex, field, schema, description: `${arg.name}.${field}${schema.title ? ` ${schema.title}` : ''}` });
    } else {
      add(arg.name, { argIndex, schema: arg.schema, description: `${arg.name}${arg.title ? ` ${arg.title}` : ''}` });
    }
  });
  return flags;
}

/** Puts the values of the flags that were given into the argument array, coerced by their schemas. */
export function applyFieldFlags(args: unknown[], flags: readonly FieldFlag[], given: Readonly<Record<string, unknown>>): unknown[] {
  const out = [...args];
  for (const flag of flags) {
    const text = given[flag.flag];
    if (typeof text !== 'string') continue;
    const value = coerceValue(text, flag.schema, flag.description.split(' ')[0]!);
    if (flag.field === undefined) out[flag.argIndex] = value;
    else out[flag.argIndex] = { ...((out[flag.argIndex] as Record<string, unknown> | undefined) ?? {}), [flag.field]: value };
  }
  return out;
}
