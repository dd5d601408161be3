import type { ArgSpec, FieldSchema, SchemaType } from '@wdt-kit/core';
import { UsageError } from './exitCodes.js';

const typesOf = (schema: FieldSchema): readonly SchemaType[] => (schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : schema.type);

/** Whether an argument takes the rest of the positional values (an array of scalars, last). */
export function isVariadic(arg: ArgSpec, index: number, args: readonly ArgSpec[]): boolean {
  const items = arg.schema.items;
  return index === args.length - 1 && typesOf(arg.schema).includes('array') && !!items && !typesOf(items).some((t) => t === 'object' || t === 'array');
}

// Errors name the argument and the expected type but never quote the value: it may be a secret
// typed into the wrong place.
function parseJson(text: string, path: string, expected: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${path}: expected ${expected} as JSON`);
  }
}

/**
 * One command-line value as the schema's type: numbers and booleans parsed, objects as JSON. A
 * list takes a JSON array, or one plain value as a one-item list (`--order_no_list QR1`), so
 * repeated flags build the list item by item.
 */
export function coerceValue(text: string, schema: FieldSchema, path: string): unknown {
  const types = typesOf(schema);
  if (types.includes('array')) {
    const items = schema.items ?? {};
    const itemTypes = typesOf(items);
    if (text.trimStart().startsWith('[')) {
      const parsed = parseJson(text, path, 'a list');
      if (!Array.isArray(parsed)) throw new UsageError(`${path}: expected a list`);
      return parsed;
    }
    if (itemTypes.includes('object')) {
      const parsed = parseJson(text, path, 'an object (one item) or a list');
      if (parsed === null || typeof parsed !== 'object') throw new UsageError(`${path}: expected an object (one item) or a list as JSON`);
      return [parsed];
    }
    return [coerceValue(text, items, `${path}[]`)];
  }
  if (types.includes('object')) {
    const parsed = parseJson(text, path, 'an object');
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError(`${path}: expected an object as JSON`);
    return parsed;
  }
  // Decimals are accepted as numbers or strings by the server: keep exactly what was typed.
  if (types.includes('string')) return text;
  if (types.includes('integer') && /^-?\d+$/.test(text)) return Number(text);
  if (types.includes('number') && text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  if (types.includes('boolean')) {
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
  }
  if (types.length === 0) return text;
  throw new UsageError(`${path}: expected ${types.join(' or ')}`);
}

/** Several values of one list argument (repeated flags, or the rest of the positionals) as one list. */
export function coerceList(values: readonly string[], schema: FieldSchema, path: string): unknown[] {
  return values.flatMap((value) => coerceValue(value, schema, path) as unknown[]);
}

/** The positional values of a method command as its argument array, by the spec's types. */
export function coerceArgs(values: readonly (string | string[] | undefined)[], args: readonly ArgSpec[]): unknown[] {
  const out: unknown[] = [];
  args.forEach((arg, i) => {
    const value = values[i];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      out.push(undefined);
      return;
    }
    if (Array.isArray(value)) out.push(value.map((v, j) => coerceValue(v, arg.schema.items ?? {}, `${arg.name}[${j}]`)));
    else out.push(coerceValue(value, arg.schema, arg.name));
  });
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out;
}

/** A JSON argument array from --json, a file or stdin. */
export function parseArgsJson(text: string, source: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`${source}: not valid JSON`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`${source}: expected a JSON array of the method's arguments, e.g. ["RK2004210014"]`);
  return parsed;
}
