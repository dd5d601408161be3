/** The JSON Schema subset that specs use (see specs/spec.schema.json), as data at run time. */
export type SchemaType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

export interface FieldSchema {
  type?: SchemaType | readonly SchemaType[];
  title?: string;
  description?: string;
  format?: 'datetime' | 'date' | 'epoch-ms' | 'decimal';
  enum?: readonly unknown[];
  'x-enumLabels'?: Readonly<Record<string, string>>;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  deprecated?: boolean;
  properties?: Readonly<Record<string, FieldSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean | FieldSchema;
  items?: FieldSchema;
  maxItems?: number;
  'x-note'?: string;
}

/** One positional argument of a method. */
export interface ArgSpec {
  name: string;
  title?: string;
  description?: string;
  required?: boolean;
  schema: FieldSchema;
}

/** Where a successful answer reports the items that failed (see specs/spec.schema.json, partialFailure). */
export interface PartialFailureSpec {
  /** `data`, `data.<field>…` or `envelope.<field>`. */
  at: string;
  shape: 'list' | 'map' | 'flag';
  key?: string;
  message?: string;
  /** A failure when the field's value (as text) is one of `in`, or is none of `notIn`. */
  flag?: { field: string; in?: readonly (number | string)[]; notIn?: readonly (number | string)[] };
}

/** What the runtime needs to know about a method (a projection of its spec). */
export interface MethodMeta {
  method: string;
  title: string;
  idempotent: boolean;
  paged: false | { listKey: string | null; total: 'data.total_count' | 'total'; maxPageSize?: number };
  timeWindow?: { start: string; end: string; maxSpan?: string };
  args: readonly ArgSpec[];
  partialFailure?: PartialFailureSpec;
}
