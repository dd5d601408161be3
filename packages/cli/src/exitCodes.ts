/** The exit codes of `wdt`, documented in the README. */
export const EXIT = {
  /** The call succeeded. */
  ok: 0,
  /** The server answered status != 0. */
  apiError: 1,
  /** Status 0, but the data lists items that failed (a non-empty error_data or error_list). */
  partialFailure: 2,
  /** Bad command line: unknown method, bad arguments, missing credentials. Nothing was sent. */
  usage: 64,
  /** No usable answer: connection failed, timed out or was reset, or the answer was not an envelope. */
  transport: 69,
} as const;

/** A command-line mistake, reported with the usage exit code. */
export class UsageError extends Error {
  override name = 'UsageError';
}
