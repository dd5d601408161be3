import type { ArgSpec, MethodMeta } from '@wdt-kit/core';

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
  /** The doc page's request example (the body array). */
  example?: unknown[];
}
