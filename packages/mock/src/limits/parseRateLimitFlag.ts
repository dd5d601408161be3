import type { RateLimit } from './CallQuota.js';

export const RATE_LIMIT_FLAG_SYNTAX: string = 'N/min or N/Ks';

/**
 * `--rate-limit 60/min`: a per-minute quota per sid and method; `20/2s`: per window of 2 seconds
 * (for tests). Throws a TypeError naming the syntax.
 */
export function parseRateLimitFlag(text: string): Pick<RateLimit, 'perMinute' | 'windowMs'> {
  const match = /^(\d{1,9})\/(?:min|(\d{1,6})s)$/.exec(text.trim());
  const perMinute = match ? Number(match[1]) : 0;
  const seconds = match?.[2] === undefined ? undefined : Number(match[2]);
  if (!(perMinute > 0) || seconds === 0) throw new TypeError(`--rate-limit must be ${RATE_LIMIT_FLAG_SYNTAX} with N and K positive whole numbers (e.g. 60/min)`);
  return seconds === undefined ? { perMinute } : { perMinute, windowMs: seconds * 1000 };
}
