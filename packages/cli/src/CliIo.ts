/** Where the CLI reads and writes: the process by default, buffers in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  readStdin(): Promise<string>;
  /** Whether a person is typing on stdin (decides the confirmation prompt). */
  stdinIsTTY(): boolean;
  stdin(): NodeJS.ReadableStream;
}

export const processIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  stdinIsTTY: () => Boolean(process.stdin.isTTY),
  stdin: () => process.stdin,
});
