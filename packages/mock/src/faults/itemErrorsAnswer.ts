import { withFailedItems } from '../answers/failedItems.js';
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
  return withFailedItems(locator, [{ item: firstText(args) ?? 'ITEM-1', message }]);
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
