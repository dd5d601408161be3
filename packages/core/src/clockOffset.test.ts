import { describe, expect, it } from 'vitest';
import { ClockOffset, clockOffsetCandidate, CLOCK_OFFSET_TTL_MS } from './clockOffset.js';

const LOCAL = Date.UTC(2024, 0, 1);
const at = (offsetMs: number) => new Date(LOCAL + offsetMs).toUTCString();

describe('clockOffsetCandidate', () => {
  it.each([
    ['a server 10 min ahead', at(600_000), LOCAL, 600_000],
    ['a server 3 h behind', at(-3 * 3600_000), LOCAL, -3 * 3600_000],
    // Regression: Date 2100-01-01 was adopted, every later timestamp overflowed the server's int (status 1) for good.
    ['a Date in 2100', 'Fri, 01 Jan 2100 00:00:00 GMT', LOCAL, undefined],
    ['a Date two days off', at(2 * 86_400_000), LOCAL, undefined],
    ['a Date that says the timestamp was fine', at(30_000), LOCAL, undefined],
    ['no Date', null, LOCAL, undefined],
    ['garbage', 'yesterday', LOCAL, undefined],
    ['a request already corrected by 10 min, server now 10 min ahead', at(600_000), LOCAL + 600_000, undefined],
  ])('%s', (_name, dateHeader, sentAtMs, expected) => {
    expect(clockOffsetCandidate({ dateHeader, sentAtMs, localNowMs: LOCAL })).toBe(expected);
  });
});

describe('ClockOffset', () => {
  it('serves an adopted offset until it expires, then the local clock again', () => {
    const clock = new ClockOffset();
    expect(clock.current(LOCAL)).toBe(0);
    clock.adopt(600_000, LOCAL);
    expect(clock.current(LOCAL + CLOCK_OFFSET_TTL_MS)).toBe(600_000);
    expect(clock.current(LOCAL + CLOCK_OFFSET_TTL_MS + 1)).toBe(0);
  });
});
