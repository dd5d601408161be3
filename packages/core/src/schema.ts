// The spec format's types are derived from specs/spec.schema.json (scripts/emitSpecFormat.mjs): the
// schema is their one definition. What follows are projections of them for the runtime.
export type {
  ArgSpec,
  ErrorEnvelopeSpec,
  ExamplesSpec,
  FieldSchema,
  ItemErrorSpec,
  MethodSpec,
  MockFilter,
  MockRecordMapping,
  MockRefusal,
  MockResourceSpec,
  MockSpec,
  MockStatusChoice,
  MockWindow,
  PagedSpec,
  PartialFailureSpec,
  SchemaType,
  TimeWindowSpec,
} from './generated/specFormat.js';
import type { ArgSpec, MethodSpec, PagedSpec, TimeWindowSpec } from './generated/specFormat.js';

/** What the runtime needs to know about a method: its spec without what is there for people. */
export type MethodMeta = Pick<MethodSpec, 'method' | 'title' | 'idempotent' | 'partialFailure'> & {
  paged: false | Omit<PagedSpec, 'note'>;
  timeWindow?: Omit<TimeWindowSpec, 'note'>;
  args: readonly ArgSpec[];
};
