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
