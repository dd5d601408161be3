// Test support: the JSON request examples of the doc pages, as the specs keep them (examples.request).
import { handlerTable } from '../generated/handlers.js';

export const PAGE_REQUEST_EXAMPLES: Readonly<Record<string, readonly unknown[]>> = Object.fromEntries(
  Object.values(handlerTable).flatMap((spec) => (spec.examples?.request ? [[spec.method, spec.examples.request] as const] : [])),
);
