import { Readable } from 'node:stream';
import type { CliIo } from '../CliIo.js';

/** A CliIo over strings, for running `wdt` in process in tests. */
export function testIo(env: NodeJS.ProcessEnv, input = ''): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env,
    readStdin: async () => input,
    stdinIsTTY: () => false,
    stdin: () => Readable.from([input]),
    out: () => out,
    err: () => err,
  };
}
