// The spec format's types are derived from specs/spec.schema.json (scripts/emitSpecFormat.mjs): the
// schema is their one definition. What follows are projections of them for the runtime.
export type {
  ArgSpec,
  DataWrapperSpec,
  Deviation,
  DeviationKind,
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
  RepeatSpec,
  PartialFailureSpec,
  SchemaType,
  TimeWindowSpec,
} from './generated/specFormat.js';
import type { ArgSpec, MethodSpec, PagedSpec, TimeWindowSpec } from './generated/specFormat.js';

/**
 * What the runtime needs to know about a method: its spec without what is there for people. The
 * generated metadata carries no `title` (every bundle that calls the method would carry it); the
 * title is in the method's doc comment and in the catalog (`openapi.json`).
 */
export type MethodMeta = Pick<MethodSpec, 'method' | 'idempotent' | 'partialFailure'> & {
  title?: string;
  paged: false | Omit<PagedSpec, 'note'>;
  timeWindow?: Omit<TimeWindowSpec, 'note'>;
  args: readonly ArgSpec[];
  /** The property of data that holds the result, where the server may also answer with the result as data itself. */
  dataWrapper?: string;
};
