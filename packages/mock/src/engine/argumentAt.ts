import type { ArgSpec } from '@wdt-kit/core';

/** The value at a dotted argument path (`stockin_order.outer_no`): the argument by name, then properties. */
export function argumentAt(specs: readonly ArgSpec[], args: readonly unknown[], path: string): unknown {
  const [name, ...steps] = path.split('.');
  const index = specs.findIndex((arg) => arg.name === name);
  let value: unknown = index === -1 ? undefined : args[index];
  for (const step of steps) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/** The value at a dotted path inside one object (a list item). */
export function propertyAt(value: unknown, path: string): unknown {
  let at = value;
  for (const step of path.split('.')) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

/** Whether an argument was left out (absent, null or blank). */
export const isAbsent = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Reads an argument path of a call; with `each` (a list argument), a path under the list reads the given item. */
export type ArgumentReader = (path: string) => unknown;

export function argumentReader(specs: readonly ArgSpec[], args: readonly unknown[], each?: string, item?: unknown): ArgumentReader {
  return (path) => {
    if (each !== undefined && path === each) return item;
    if (each !== undefined && path.startsWith(`${each}.`)) return propertyAt(item, path.slice(each.length + 1));
    return argumentAt(specs, args, path);
  };
}

/** One reader per item of the `each` list (or one for the whole call without `each`). */
export function argumentReaders(specs: readonly ArgSpec[], args: readonly unknown[], each?: string): ArgumentReader[] {
  if (each === undefined) return [argumentReader(specs, args)];
  const items = argumentAt(specs, args, each);
  return (Array.isArray(items) ? items : []).map((item) => argumentReader(specs, args, each, item));
}
