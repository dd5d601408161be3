import type { FieldSchema, MethodSpec } from '@wdt-kit/core';

/** A validated spec plus the names every emitter derives from it. */
export interface MethodModel {
  spec: MethodSpec;
  file: string;
  /** Dotted wire name split: ['wms', 'stockin', 'PreStockin', 'cancel']. */
  segments: string[];
  /** The last segment: the method name on its namespace object. */
  leaf: string;
  /** camelCase identifier of the whole name: wmsStockinPreStockinCancel. */
  functionName: string;
  /** PascalCase identifier of the whole name: WmsStockinPreStockinCancel. */
  typeName: string;
  /** The TypeScript parameter name of each argument (its wire name unless that cannot be a parameter). */
  parameterNames: string[];
  /**
   * The result schema the client's types are emitted from: `returns` with `required` kept only where
   * the success example shows the field (resultRequiredness.ts). The CLI and mock tables use `returns`.
   */
  typedReturns: FieldSchema | null;
  /** Schema of one list item for paged methods. */
  itemSchema?: FieldSchema;
  /**
   * Where the list of a paged method sits inside its result (`[]`: the result is the list), when the
   * spec declares it as a list: the item type is then derived from the result type, not repeated.
   */
  itemListPath?: string[];
}
