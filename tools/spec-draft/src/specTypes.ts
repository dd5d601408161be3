/**
 * The shapes of specs/spec.schema.json, as far as the drafter writes them. Mutable on purpose:
 * the drafter builds a schema and then corrects it where the page's example disagrees, while
 * @wdt-kit/core and the generator read specs through readonly types.
 */
export type TypeName = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

export interface FieldSchema {
  type?: TypeName | TypeName[];
  title?: string;
  description?: string;
  format?: 'datetime' | 'date' | 'epoch-ms' | 'decimal';
  enum?: (string | number)[];
  'x-enumLabels'?: Record<string, string>;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  deprecated?: boolean;
  properties?: Record<string, FieldSchema>;
  required?: string[];
  additionalProperties?: boolean | FieldSchema;
  items?: FieldSchema;
  maxItems?: number;
  'x-note'?: string;
}

export interface ArgSpec {
  name: string;
  title?: string;
  description?: string;
  required?: boolean;
  schema: FieldSchema;
}

export interface ErrorEnvelope {
  status: number;
  message: string;
  when?: string;
}

export interface MethodSpec {
  method: string;
  title: string;
  description?: string;
  category?: string;
  docUrl?: string;
  minClientVersion?: string;
  permission?: string;
  incremental?: boolean;
  notes?: string[];
  deprecated?: boolean | string;
  idempotent: boolean;
  paged: false | { listKey: string | null; total: 'data.total_count' | 'total'; maxPageSize?: number; note?: string };
  timeWindow?: { start: string; end: string; maxSpan?: string; note?: string };
  args: ArgSpec[];
  returns: FieldSchema | null;
  examples?: { request?: unknown[]; response?: Record<string, unknown>; error?: ErrorEnvelope };
  errors?: ErrorEnvelope[];
  itemErrors?: { message: string; when?: string }[];
  docIssues?: string[];
}

/** Key order of a spec file, as in the seed specs. */
export const SPEC_KEY_ORDER: readonly (keyof MethodSpec)[] = [
  'method',
  'title',
  'description',
  'category',
  'docUrl',
  'minClientVersion',
  'incremental',
  'permission',
  'notes',
  'deprecated',
  'idempotent',
  'paged',
  'timeWindow',
  'args',
  'returns',
  'examples',
  'errors',
  'itemErrors',
  'docIssues',
];

/** Key order inside a field schema: what it is first, then its constraints, then its children. */
export const SCHEMA_KEY_ORDER: readonly (keyof FieldSchema)[] = [
  'title',
  'description',
  'type',
  'format',
  'enum',
  'x-enumLabels',
  'maxLength',
  'minimum',
  'maximum',
  'default',
  'deprecated',
  'x-note',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'maxItems',
];
