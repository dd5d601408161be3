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

  it.each(['60', '0/min', '60/s', '60/minute', 'x/min', '1.5/min', ''])('refuses %j', (text) => {
    expect(() => parseRateLimitFlag(text)).toThrow('--rate-limit must be N/min with N a positive whole number (e.g. 60/min)');
  });
});
