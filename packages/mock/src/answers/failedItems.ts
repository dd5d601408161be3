import type { PartialFailureSpec } from '@wdt-kit/core';
import type { MockEnvelope } from '../MockEnvelope.js';

/** One item of a call that failed, and why. */
export interface FailedItem {
  item: string;
  message: string;
}

/** The failed items as the spec's locator shows them at its place: rows (list), item -> message (map), or one raised flag. */
function failuresValue(locator: PartialFailureSpec, failures: readonly FailedItem[]): unknown {
  switch (locator.shape) {
    case 'list':
      return failures.map(({ item, message }) =>
        locator.key === undefined && locator.message === undefined ? message : { ...(locator.key ? { [locator.key]: item } : {}), ...(locator.message ? { [locator.message]: message } : {}) },
      );
    case 'map':
      return Object.fromEntries(failures.map(({ item, message }) => [item, message]));
    case 'flag': {
      const first = failures[0];
      if (!first) return {};
      // A value that raises the flag: the first of `in`, or for `notIn` the reason itself (it is not "OK").
      const raised = locator.flag ? { [locator.flag.field]: locator.flag.in?.[0] ?? first.message } : {};
      return { ...raised, ...(locator.message ? { [locator.message]: first.message } : {}) };
    }
  }
}

/**
 * A success envelope that reports the failed items exactly where the method's spec says a real
 * answer does (`partialFailure.at`: inside data or beside it), over `base` (whose other fields stay).
 */
export function withFailedItems(locator: PartialFailureSpec, failures: readonly FailedItem[], base: MockEnvelope = { status: 0 }): MockEnvelope {
  const [root, ...fields] = locator.at.split('.');
  const value = failuresValue(locator, failures);
  const envelope: MockEnvelope & Record<string, unknown> = { ...base, status: 0 };
  if (root !== 'data') {
    envelope[fields[0]!] = value;
    return envelope;
  }
  if (fields.length === 0) {
    const data = base.data;
    envelope.data = locator.shape === 'flag' && typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...data, ...(value as object) } : value;
    return envelope;
  }
  const data = (typeof base.data === 'object' && base.data !== null && !Array.isArray(base.data) ? structuredClone(base.data) : {}) as Record<string, unknown>;
  let at = data;
  for (const field of fields.slice(0, -1)) {
    const next = at[field];
    at = (at[field] = typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {}) as Record<string, unknown>;
  }
  at[fields[fields.length - 1]!] = value;
  envelope.data = data;
  return envelope;
}
