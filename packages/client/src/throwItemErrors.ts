import { findItemErrors, WdtItemErrorsError, type DecodedEnvelope, type MethodMeta } from '@wdt-kit/core';
import type { ItemErrorsMode } from './CallOptions.js';

/**
 * The answer check of the methods whose answers report failed items (`partialFailure` in their spec):
 * with `itemErrors: 'throw'` a successful answer that lists failures becomes a WdtItemErrorsError.
 */
export function throwItemErrors(meta: MethodMeta, decoded: DecodedEnvelope, itemErrors: ItemErrorsMode): void {
  if (!meta.partialFailure || itemErrors !== 'throw') return;
  const found = findItemErrors(meta.partialFailure, decoded.envelope);
  if (found.length > 0) throw new WdtItemErrorsError({ method: meta.method, itemErrors: found, data: decoded.data });
}
