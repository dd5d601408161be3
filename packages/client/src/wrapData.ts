import type { MethodMeta } from '@wdt-kit/core';

/**
 * Where the page's table and example disagree on one level of nesting (spec `dataWrapper`), the
 * result is typed as the example nests it; an answer shaped as the table shows (the result as data
 * itself) is wrapped the same way, so callers see one shape.
 */
export function wrapData(meta: Pick<MethodMeta, 'dataWrapper'>, data: unknown): unknown {
  const key = meta.dataWrapper;
  if (key === undefined || data === null || typeof data !== 'object' || Array.isArray(data) || Object.hasOwn(data, key)) return data;
  return { [key]: data };
}
