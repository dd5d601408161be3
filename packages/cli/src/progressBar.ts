/**
 * A one-line progress display on stderr for --all: items so far, and a bar once the total is known.
 * Drawn only when stderr is a terminal, so piped or logged stderr stays clean.
 */
export class ProgressBar {
  #count = 0;
  #lastDraw = 0;

  constructor(
    private readonly stream: { write(text: string): unknown; isTTY?: boolean },
    private readonly width = 30,
  ) {}

  get enabled(): boolean {
    return Boolean(this.stream.isTTY);
  }

  /** Counts one item; redraws at most every 100 ms. */
  tick(total: number | undefined): void {
    this.#count++;
    const now = Date.now();
    if (!this.enabled || now - this.#lastDraw < 100) return;
    this.#lastDraw = now;
    this.stream.write(`\r${this.render(total)}`);
  }

  render(total: number | undefined): string {
    if (total === undefined || total <= 0) return `${this.#count} items`;
    const done = Math.min(this.width, Math.round((this.#count / total) * this.width));
    return `[${'#'.repeat(done)}${'.'.repeat(this.width - done)}] ${this.#count}/${total}`;
  }

  /** Final line (always written when enabled, so the last count is shown). */
  finish(total: number | undefined): void {
    if (this.enabled) this.stream.write(`\r${this.render(total)}\n`);
  }
}
