/** Wangdian's epoch: 2012-01-01 00:00:00 UTC+8, in unix seconds. */
export const WDT_EPOCH_SECONDS = 1325347200;

/** Largest clock difference the server accepts, in seconds (status 7 beyond it). */
export const WDT_TIMESTAMP_WINDOW_SECONDS = 120;

/** The `timestamp` query value for a moment given in unix milliseconds. */
export function toWdtTimestamp(unixMs: number): number {
  return Math.floor(unixMs / 1000) - WDT_EPOCH_SECONDS;
}

/** Unix milliseconds of a Wangdian `timestamp` value. */
export function fromWdtTimestamp(timestamp: number): number {
  return (timestamp + WDT_EPOCH_SECONDS) * 1000;
}
