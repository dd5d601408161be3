/** The server rejects a timestamp more than this far from its clock (status 7, protocol.md). */
export const CLOCK_WINDOW_MS: number = 120_000;
/**
 * The largest offset believed. A real clock is off by minutes or hours (a wrong zone is 8 h); a Date
 * header claiming years is a broken or hostile proxy, and adopting it makes the timestamp overflow the
 * server's 32-bit int (status 1 on every later call).
 */
export const MAX_PLAUSIBLE_CLOCK_OFFSET_MS: number = 24 * 60 * 60 * 1000;
/** How long a learned offset is used before the client goes back to its own clock and learns again. */
export const CLOCK_OFFSET_TTL_MS: number = 30 * 60 * 1000;
// Date has a 1 s resolution and the answer travels a while: a Date this close to the window's edge
// still explains a status 7.
const DATE_SLACK_MS = 5_000;

export interface ClockOffsetCandidateInput {
  /** The Date header of the status-7 answer. */
  dateHeader: string | null;
  /** The (corrected) time the rejected request's timestamp was made from, unix ms. */
  sentAtMs: number;
  /** The local clock now, unix ms. */
  localNowMs: number;
}

/**
 * The offset (server minus local, ms) a status-7 answer teaches, or undefined when its Date header
 * cannot be trusted: missing or unparseable, implausibly far away, or not explaining the rejection
 * (the request's timestamp was inside the window by that Date, so the Date is not the server's clock).
 */
export function clockOffsetCandidate({ dateHeader, sentAtMs, localNowMs }: ClockOffsetCandidateInput): number | undefined {
  if (!dateHeader) return undefined;
  const serverMs = Date.parse(dateHeader);
  if (!Number.isFinite(serverMs)) return undefined;
  const offset = serverMs - localNowMs;
  if (Math.abs(offset) > MAX_PLAUSIBLE_CLOCK_OFFSET_MS) return undefined;
  if (Math.abs(sentAtMs - serverMs) < CLOCK_WINDOW_MS - DATE_SLACK_MS) return undefined;
  return offset;
}

/**
 * A learned server clock offset, shared by a client and its withOptions clones. It is written only
 * after a retry with it was accepted, and it expires, so no single answer can poison it for good.
 */
export class ClockOffset {
  #offsetMs = 0;
  #learnedAtMs = 0;
  readonly #ttlMs: number;

  constructor(ttlMs: number = CLOCK_OFFSET_TTL_MS) {
    this.#ttlMs = ttlMs;
  }

  /** The offset to use at `localNowMs`: the learned one while fresh, else 0. */
  current(localNowMs: number): number {
    if (this.#offsetMs !== 0 && Math.abs(localNowMs - this.#learnedAtMs) > this.#ttlMs) this.#offsetMs = 0;
    return this.#offsetMs;
  }

  /** Keeps an offset the server confirmed (a request made with it was not rejected for its timestamp). */
  adopt(offsetMs: number, localNowMs: number): void {
    this.#offsetMs = offsetMs;
    this.#learnedAtMs = localNowMs;
  }
}
