import type { WdtCallEvent } from '../WdtCallEvent.js';

/** Where log lines go: `console` fits, as does any logger with these four methods. */
export interface WdtLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** The least severe level written: `debug` logs every attempt, `warn` (default) only retries. */
export type WdtLogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/** What the client's `logger` option takes: sees each attempt's event (made by `consoleLogger`). */
export type WdtAttemptLogger = (event: WdtCallEvent) => void;

const RANK: Record<WdtLogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, off: 4 };

/** Whether a line of `level` is written when the client logs at `threshold`. */
export function logs(threshold: WdtLogLevel, level: Exclude<WdtLogLevel, 'off'>): boolean {
  return RANK[level] >= RANK[threshold];
}

/**
 * The client's `logger`: writes a `debug` line per attempt (method, attempt, durationMs, httpStatus,
 * status, errorKind, willRetry) and a `warn` line per retry to `sink` (default `console`). A module of
 * its own so that clients without a logger do not bundle it. Lines are built from the attempt's event,
 * which never holds the secret, the salt or the sign.
 *
 * @example new WdtClient({ sid, appKey, appSecret, logger: consoleLogger('debug') })
 */
export function consoleLogger(level: WdtLogLevel = 'warn', sink: WdtLogger = console): WdtAttemptLogger {
  const debug = logs(level, 'debug');
  const warn = logs(level, 'warn');
  return (event) => {
    const { method, attempt, durationMs, waitedMs, httpStatus, status, error, willRetry } = event;
    const fields = { method, attempt, durationMs, waitedMs, httpStatus, status, errorKind: error?.kind, willRetry };
    const what = error ? (error.kind ?? error.name) : 'ok';
    if (debug) sink.debug(`wdt ${method} attempt ${attempt}: ${what} in ${durationMs} ms`, fields);
    if (warn && willRetry) sink.warn(`wdt ${method} attempt ${attempt} failed (${what}); retrying in ${event.retryDelayMs ?? 0} ms`, fields);
  };
}
