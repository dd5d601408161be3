/** Where the client writes log lines; `console` fits. Fields never hold the secret, salt or sign. */
export interface WdtLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** The least severe level written: `debug` logs every attempt, `warn` (default) only retries. */
export type WdtLogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

const RANK: Record<WdtLogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, off: 4 };

/** Whether a line of `level` is written when the client logs at `threshold`. */
export function logs(threshold: WdtLogLevel, level: Exclude<WdtLogLevel, 'off'>): boolean {
  return RANK[level] >= RANK[threshold];
}
