// Wangdian writes and reads datetimes as `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8), and some
// answers carry the same moment as epoch milliseconds.
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;

/** `yyyy-MM-dd HH:mm:ss` in Beijing time. */
export function formatBeijingDateTime(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** `yyyyMMdd` in Beijing time, as in document numbers (`QR202206240004`). */
export function beijingDateStamp(ms: number): string {
  return formatBeijingDateTime(ms).slice(0, 10).replaceAll('-', '');
}

/** Unix milliseconds of `yyyy-MM-dd HH:mm:ss` or `yyyy-MM-dd` read as Beijing time; undefined if it is neither. */
export function parseBeijingDateTime(text: string): number | undefined {
  const match = MOMENT.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) - BEIJING_OFFSET_MS;
  // Date.UTC rolls 2024-02-31 over into March; the server does not accept such a date.
  return formatBeijingDateTime(ms).startsWith(text.slice(0, 10)) ? ms : undefined;
}
