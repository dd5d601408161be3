import { describe, expect, it } from 'vitest';
import { parseRateLimitFlag } from './parseRateLimitFlag.js';

describe('parseRateLimitFlag', () => {
  it.each([
    ['60/min', 60],
    ['1/min', 1],
    [' 600/min ', 600],
  ])('%j: %i a minute', (text, perMinute) => {
    expect(parseRateLimitFlag(text)).toEqual({ perMinute });
  });

  it.each([
    ['20/2s', { perMinute: 20, windowMs: 2000 }],
    ['1/1s', { perMinute: 1, windowMs: 1000 }],
  ])('%j: a shorter window, for tests', (text, expected) => {
    expect(parseRateLimitFlag(text)).toEqual(expected);
  });

  it.each(['60', '0/min', '60/s', '60/0s', '60/minute', 'x/min', '1.5/min', ''])('refuses %j', (text) => {
    expect(() => parseRateLimitFlag(text)).toThrow('--rate-limit must be N/min or N/Ks with N and K positive whole numbers (e.g. 60/min)');
  });
});
