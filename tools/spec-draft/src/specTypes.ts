// The spec format's types are derived from specs/spec.schema.json (in @wdt-kit/core); the drafter
// uses them as they are (mutable, as it corrects a draft where the page's example disagrees).
import type { FieldSchema, MethodSpec } from '@wdt-kit/core';

export type { ArgSpec, Deviation, DeviationKind, ErrorEnvelopeSpec, FieldSchema, MethodSpec, RepeatSpec, SchemaType } from '@wdt-kit/core';

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
  'repeat',
  'paged',
  'timeWindow',
  'args',
  'returns',
  'dataWrapper',
  'examples',
  'errors',
  'itemErrors',
  'partialFailure',
  'docIssues',
  'deviations',
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
  'x-deviation',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'maxItems',
];
