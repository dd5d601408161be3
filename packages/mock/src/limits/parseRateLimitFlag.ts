import type { RateLimit } from './CallQuota.js';

export const RATE_LIMIT_FLAG_SYNTAX: string = 'N/min';

/** `--rate-limit 60/min`: a per-minute quota per sid and method. Throws a TypeError naming the syntax. */
export function parseRateLimitFlag(text: string): RateLimit {
  const match = /^(\d{1,9})\/min$/.exec(text.trim());
  const perMinute = match ? Number(match[1]) : 0;
  if (!(perMinute > 0)) throw new TypeError(`--rate-limit must be ${RATE_LIMIT_FLAG_SYNTAX} with N a positive whole number (e.g. 60/min)`);
  return { perMinute };
}
