import type { FieldSchema, MethodMeta } from '@wdt-kit/core';

/** What the mock knows of one method: its run-time metadata plus the documented answers. */
export interface MockMethodSpec extends MethodMeta {
  /** JSON Schema of `data`; null for methods that return none. */
  returns: FieldSchema | null;
  examples?: {
    /** The page's request example (the body array). */
    request?: unknown[];
    /** The page's success envelope. */
    response?: Record<string, unknown>;
    error?: { status: number; message: string };
  };
  errors?: { status: number; message: string; when?: string }[];
  /** Reasons a successful answer gives for failed items (where: `partialFailure`). */
  itemErrors?: { message: string; when?: string }[];
}
