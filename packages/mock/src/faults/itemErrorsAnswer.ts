import type { MockEnvelope } from '../MockEnvelope.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';

/**
 * The answer of the `itemErrors` fault: status 0, with the call's item reported as failed exactly
 * where the method's spec says a real answer reports it (`partialFailure`), with the first documented
 * reason (`itemErrors`). The item is the first text in the call's arguments (a document number,
 * usually). Undefined for a method without per-item failures.
 */
export function itemErrorsAnswer(spec: MockMethodSpec, args: readonly unknown[]): MockEnvelope | undefined {
  const locator = spec.partialFailure;
  if (!locator) return undefined;
  const message = spec.itemErrors?.[0]?.message ?? '失败';
  const item = firstText(args) ?? 'ITEM-1';
  let failure: unknown;
  switch (locator.shape) {
    case 'list': {
      const row = locator.key === undefined && locator.message === undefined ? message : { ...(locator.key ? { [locator.key]: item } : {}), ...(locator.message ? { [locator.message]: message } : {}) };
      failure = [row];
      break;
    }
    case 'map':
      failure = { [item]: message };
      break;
    case 'flag': {
      // A value that raises the flag: the first of `in`, or for `notIn` the reason itself (it is not "OK").
      const raised = locator.flag ? { [locator.flag.field]: locator.flag.in?.[0] ?? message } : {};
      failure = { ...raised, ...(locator.message ? { [locator.message]: message } : {}) };
      break;
    }
  }
  const [root, ...fields] = locator.at.split('.');
  const nested = fields.reduceRight<unknown>((value, field) => ({ [field]: value }), failure);
  return (root === 'data' ? { status: 0, data: nested } : { status: 0, ...(nested as object) }) as MockEnvelope;
}

function firstText(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstText(item);
      if (found !== undefined) return found;
    }
  }
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) {
      const found = firstText(item);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
