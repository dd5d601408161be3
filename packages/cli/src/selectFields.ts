import { UsageError } from './exitCodes.js';

/** One `--fields` entry split at its dots: `goods.num` is ['goods', 'num']. */
export type FieldPath = readonly string[];

/** `--fields a,b.c` as paths; empty names are a usage error (the text is the user's, not quoted). */
export function parseFieldList(text: string): FieldPath[] {
  const paths = text.split(',').map((field) => field.trim()).filter((field) => field !== '').map((field) => field.split('.'));
  if (paths.length === 0 || paths.some((path) => path.some((part) => part === ''))) throw new UsageError('--fields takes names separated by commas, e.g. --fields order_no,status,goods.num');
  return paths;
}

/** The value at a path, or undefined when a step is missing. */
export function valueAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Only the chosen fields of a row, nested as in the row (for json and ndjson). */
export function pickFields(row: unknown, paths: readonly FieldPath[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    const value = valueAt(row, path);
    if (value === undefined) continue;
    let target = out;
    path.slice(0, -1).forEach((part) => {
      if (!Object.hasOwn(target, part) || target[part] === null || typeof target[part] !== 'object') Object.defineProperty(target, part, { value: {}, enumerable: true, writable: true, configurable: true });
      target = target[part] as Record<string, unknown>;
    });
    // defineProperty: a field named __proto__ stays a field.
    Object.defineProperty(target, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
