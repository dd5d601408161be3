import type { MockCall } from '../MockCall.js';

/** How many calls a mock keeps by default: enough for any test, small enough for a shared CI mock. */
export const DEFAULT_MAX_CALLS: number = 10_000;

/**
 * The recorded calls, a ring of the last `capacity`: a mock that runs for days (or is flooded
 * by strangers) keeps its memory flat. 20 000 unsigned requests once grew an unbounded log by 330 MB.
 */
export class CallLog {
  readonly #capacity: number;
  readonly #ring: MockCall[] = [];
  #oldest = 0;
  // The oldest-first copy handed out by list(); rebuilt only after a change, so reading `calls`
  // in a loop costs nothing.
  #list: readonly MockCall[] | undefined;

  constructor(capacity: number = DEFAULT_MAX_CALLS) {
    if (!(Number.isInteger(capacity) && capacity >= 0)) throw new TypeError('maxCalls must be a whole number, 0 or more');
    this.#capacity = capacity;
  }

  push(call: MockCall): void {
    if (this.#capacity === 0) return;
    if (this.#ring.length < this.#capacity) this.#ring.push(call);
    else {
      this.#ring[this.#oldest] = call;
      this.#oldest = (this.#oldest + 1) % this.#capacity;
    }
    this.#list = undefined;
  }

  /** The kept calls, oldest first. */
  list(): readonly MockCall[] {
    return (this.#list ??= [...this.#ring.slice(this.#oldest), ...this.#ring.slice(0, this.#oldest)]);
  }

  clear(): void {
    this.#ring.length = 0;
    this.#oldest = 0;
    this.#list = undefined;
  }
}
