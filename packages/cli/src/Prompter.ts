import { createInterface, type Interface } from 'node:readline';
import { Writable } from 'node:stream';
import type { CliIo } from './CliIo.js';
import { UsageError } from './exitCodes.js';

/**
 * Questions to a person at the terminal, one line each. A hidden answer (the secret) is read with
 * readline's echo going to a muted stream, so it never appears on the screen or in a recording.
 * Lines typed ahead are queued, so answers are not lost between questions.
 */
export class Prompter {
  readonly #io: CliIo;
  readonly #lines: string[] = [];
  readonly #waiting: ((line: string | undefined) => void)[] = [];
  #muted = false;
  #closed = false;
  readonly #readline: Interface;

  constructor(io: CliIo) {
    this.#io = io;
    const echo = new Writable({
      write: (chunk: Buffer | string, _encoding, done) => {
        if (!this.#muted) io.stderr.write(chunk.toString());
        done();
      },
    });
    this.#readline = createInterface({ input: io.stdin(), output: echo, terminal: true });
    this.#readline.on('line', (line) => (this.#waiting.length > 0 ? this.#waiting.shift()!(line) : this.#lines.push(line)));
    this.#readline.on('close', () => {
      this.#closed = true;
      for (const resolve of this.#waiting.splice(0)) resolve(undefined);
    });
    // Ctrl-C in raw mode reaches readline, not the process: treat it as giving up.
    this.#readline.on('SIGINT', () => {
      this.#io.stderr.write('\n');
      this.close();
    });
  }

  /** Asks one question; the answer without surrounding spaces, or the default when it is left empty. */
  async ask(question: string, { hidden = false, defaultValue }: { hidden?: boolean; defaultValue?: string } = {}): Promise<string | undefined> {
    this.#io.stderr.write(`${question}${defaultValue !== undefined && !hidden ? ` [${defaultValue}]` : ''}: `);
    this.#muted = hidden;
    const line = this.#lines.length > 0 ? this.#lines.shift() : this.#closed ? undefined : await new Promise<string | undefined>((resolve) => this.#waiting.push(resolve));
    this.#muted = false;
    if (hidden) this.#io.stderr.write('\n');
    if (line === undefined) throw new UsageError('configure: cancelled; nothing was written');
    return line.trim() === '' ? defaultValue : line.trim();
  }

  close(): void {
    this.#readline.close();
  }
}
