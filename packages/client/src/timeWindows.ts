/** Wangdian reads request datetimes as Beijing time (UTC+8), formatted yyyy-MM-dd HH:mm:ss. */
const BEIJING_OFFSET_MS = 8 * 3600_000;

const UNIT_MS = { min: 60_000, h: 3600_000, d: 86_400_000 } as const;

/** Milliseconds of a spec's maxSpan such as `60min`, `1h`, `30d`. */
export function parseSpan(span: string): number {
  const match = /^([1-9]\d*)(min|h|d)$/.exec(span);
  if (!match) throw new TypeError(`not a time span: ${JSON.stringify(span)} (expected e.g. 60min, 1h, 30d)`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** A moment as Wangdian writes it: `yyyy-MM-dd HH:mm:ss` in Beijing time. */
export function formatWdtDateTime(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Parses `yyyy-MM-dd HH:mm:ss` (Beijing time), an ISO string or a Date into unix milliseconds. */
export function parseWdtDateTime(value: string | Date | number): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  const local = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
  const ms = local ? Date.UTC(+local[1]!, +local[2]! - 1, +local[3]!, +local[4]!, +local[5]!, +local[6]!) - BEIJING_OFFSET_MS : Date.parse(value);
  if (Number.isNaN(ms)) throw new TypeError(`not a datetime: ${JSON.stringify(value)}`);
  return ms;
}

export interface TimeWindow {
  start: string;
  end: string;
}

/**
 * Splits [from, to] into consecutive windows no wider than maxSpan, formatted for the API. Each
 * window starts where the previous one ended (the docs do not say whether the ends are inclusive,
 * so a record stamped exactly on a boundary second may come back in both windows).
 */
export function splitTimeRange(from: string | Date | number, to: string | Date | number, maxSpan: string): TimeWindow[] {
  const start = parseWdtDateTime(from);
  const end = parseWdtDateTime(to);
  if (end < start) throw new RangeError('the end of the time range is before its start');
  const step = parseSpan(maxSpan);
  const windows: TimeWindow[] = [];
  for (let t = start; t < end || windows.length === 0; t += step) {
    windows.push({ start: formatWdtDateTime(t), end: formatWdtDateTime(Math.min(t + step, end)) });
    if (t + step >= end) break;
  }
  return windows;
}
