import { describe, expect, it } from 'vitest';
import { formatWdtDateTime, parseSpan, parseWdtDateTime, splitTimeRange } from './timeWindows.js';

describe('time spans and datetimes', () => {
  it.each([
    ['60min', 3_600_000],
    ['1h', 3_600_000],
    ['30d', 2_592_000_000],
  ])('%s is %i ms', (span, ms) => expect(parseSpan(span)).toBe(ms));

  it.each(['30 days', '0d', 'd', ''])('rejects %j', (span) => expect(() => parseSpan(span)).toThrowError(TypeError));

  it('reads and writes Beijing time', () => {
    expect(formatWdtDateTime(Date.UTC(2024, 0, 1, 0, 0, 0))).toBe('2024-01-01 08:00:00');
    expect(parseWdtDateTime('2024-01-01 08:00:00')).toBe(Date.UTC(2024, 0, 1, 0, 0, 0));
    expect(parseWdtDateTime(new Date(5))).toBe(5);
  });
});

describe('splitTimeRange', () => {
  it.each<[string, string, string, string, [string, string][]]>([
    ['a range inside one window', '2024-01-01 00:00:00', '2024-01-01 00:30:00', '60min', [['2024-01-01 00:00:00', '2024-01-01 00:30:00']]],
    [
      'a range of exactly two windows',
      '2024-01-01 00:00:00',
      '2024-01-01 02:00:00',
      '60min',
      [
        ['2024-01-01 00:00:00', '2024-01-01 01:00:00'],
        ['2024-01-01 01:00:00', '2024-01-01 02:00:00'],
      ],
    ],
    [
      'a remainder window',
      '2024-01-01 00:00:00',
      '2024-01-02 12:00:00',
      '1d',
      [
        ['2024-01-01 00:00:00', '2024-01-02 00:00:00'],
        ['2024-01-02 00:00:00', '2024-01-02 12:00:00'],
      ],
    ],
    ['an empty range', '2024-01-01 00:00:00', '2024-01-01 00:00:00', '1h', [['2024-01-01 00:00:00', '2024-01-01 00:00:00']]],
  ])('%s', (_label, from, to, span, expected) => {
    expect(splitTimeRange(from, to, span).map((w) => [w.start, w.end])).toEqual(expected);
  });

  it('refuses a reversed range', () => {
    expect(() => splitTimeRange('2024-01-02 00:00:00', '2024-01-01 00:00:00', '1d')).toThrowError(RangeError);
  });
});
