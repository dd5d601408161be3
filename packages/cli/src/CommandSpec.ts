import type { ArgSpec, MethodMeta, PartialFailureSpec } from '@wdt-kit/core';

/** Everything the CLI shows and checks for one method (generated from its spec). */
export interface CommandSpec {
  method: string;
  title: string;
  description?: string;
  category?: string;
  minClientVersion?: string;
  docUrl?: string;
  notes?: string[];
  deprecated?: boolean | string;
  idempotent: boolean;
  paged: MethodMeta['paged'];
  timeWindow?: { start: string; end: string; maxSpan?: string; note?: string };
  /** Arguments with titles, descriptions and full schemas (enum labels included). */
  args: ArgSpec[];
  /** Where a successful answer reports failed items (exit 2). */
  partialFailure?: PartialFailureSpec;
  /** The doc page's request example (the body array). */
  example?: unknown[];
}
