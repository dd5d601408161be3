import { describe, expect, it } from 'vitest';
import { parseMaxSpan } from './checkTimeWindow.js';

describe('parseMaxSpan', () => {
  it.each([
    ['60min', 3_600_000, '60分钟'],
    ['1h', 3_600_000, '1小时'],
    ['7d', 604_800_000, '7天'],
    ['30d', 2_592_000_000, '30天'],
  ])('%s is %i ms, worded %s', (span, ms, label) => {
    expect(parseMaxSpan(span)).toEqual({ ms, label });
  });

  it.each(['30', '0d', '2w', ''])('rejects %j', (span) => {
    expect(() => parseMaxSpan(span)).toThrow(TypeError);
  });
});
