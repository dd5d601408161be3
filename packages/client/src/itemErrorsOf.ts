import { findItemErrors, type MethodMeta, type WdtItemError } from '@wdt-kit/core';

/**
 * The failed items in the `data` a method returned, read where its spec says they are:
 * `itemErrorsOf(wmsStockotherInCancelOrderMeta, await wmsStockotherInCancelOrder(client, nos))`.
 * Empty when everything went through, and for methods without per-item failures. (A method whose
 * failures sit beside data in the envelope reports them only through `itemErrors: 'throw'`.)
 */
export function itemErrorsOf(meta: MethodMeta, data: unknown): WdtItemError[] {
  if (!meta.partialFailure || meta.partialFailure.at.startsWith('envelope.')) return [];
  return findItemErrors(meta.partialFailure, { status: 0, data });
}
