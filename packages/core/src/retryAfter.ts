/** The longest wait a Retry-After header can ask for: a server asking for an hour gets a minute. */
export const RETRY_AFTER_CAP_MS: number = 60_000;

/**
 * The wait a Retry-After header asks for (delay-seconds or an HTTP date), capped; undefined when
 * there is none or it cannot be read.
 */
export function retryAfterMs(header: string | null | undefined, nowMs: number, capMs: number = RETRY_AFTER_CAP_MS): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  let ms: number;
  if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const at = Date.parse(trimmed);
    if (!Number.isFinite(at)) return undefined;
    ms = at - nowMs;
  }
  return Math.min(Math.max(ms, 0), capMs);
}
