import { describe, expect, it } from 'vitest';
import { beijingDateStamp, formatBeijingDateTime, parseBeijingDateTime } from './beijingTime.js';

const JAN_1_UTC = Date.UTC(2024, 0, 1);

describe('Beijing time', () => {
  it('writes a moment as yyyy-MM-dd HH:mm:ss and yyyyMMdd at UTC+8', () => {
    expect([formatBeijingDateTime(JAN_1_UTC), beijingDateStamp(JAN_1_UTC - 1)]).toEqual(['2024-01-01 08:00:00', '20240101']);
    expect(beijingDateStamp(Date.UTC(2023, 11, 31, 15, 59, 59))).toBe('20231231');
  });

  it.each([
    ['2024-01-01 08:00:00', JAN_1_UTC],
    ['2024-01-01', JAN_1_UTC - 8 * 3_600_000],
    ['2024-02-29 00:00:00', Date.UTC(2024, 1, 28, 16)],
  ])('reads %s', (text, ms) => {
    expect(parseBeijingDateTime(text)).toBe(ms);
  });

  it.each(['2024-02-30 00:00:00', '2023/02/06 17:59:19', '2024-01-01T08:00:00', ''])('refuses %j', (text) => {
    expect(parseBeijingDateTime(text)).toBeUndefined();
  });
});
