import type { MethodMeta, MethodSpec } from '@wdt-kit/core';

/**
 * Everything the CLI shows and checks for one method (generated from its spec): the spec's own fields
 * for help and checks, the run-time paging, and the doc page's request example (the body array).
 */
export type CommandSpec = Pick<
  MethodSpec,
  'method' | 'title' | 'description' | 'category' | 'minClientVersion' | 'docUrl' | 'notes' | 'deprecated' | 'idempotent' | 'timeWindow' | 'args' | 'partialFailure'
> & {
  paged: MethodMeta['paged'];
  /** The method changes data (its spec says what a repeat does): confirmed before it goes to production, idempotent or not. */
  writes: boolean;
  example?: unknown[];
};
