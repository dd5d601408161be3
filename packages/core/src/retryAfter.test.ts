import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './retryAfter.js';

const NOW = Date.UTC(2024, 0, 1);

describe('retryAfterMs', () => {
  it.each<[string, string | null, number | undefined]>([
    ['seconds', '3', 3000],
    ['an HTTP date', new Date(NOW + 5000).toUTCString(), 5000],
    ['a date in the past', new Date(NOW - 5000).toUTCString(), 0],
    ['an hour is capped at a minute', '3600', 60_000],
    ['none', null, undefined],
    ['garbage', 'soon', undefined],
  ])('%s', (_name, header, expected) => {
    expect(retryAfterMs(header, NOW)).toBe(expected);
  });
});
