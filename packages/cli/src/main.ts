import { createRequire } from 'node:module';
import { CommanderError } from 'commander';
import { WdtApiError, WdtConfigError, WdtResponseError, WdtTransportError, WdtValidationError } from '@wdt-kit/client/bare';
import { buildProgram } from './buildProgram.js';
import { processIo, type CliIo } from './CliIo.js';
import { EXIT, UsageError } from './exitCodes.js';
import { commandTable } from './generated/commands.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** Runs `wdt` with these arguments (without node and script) and returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(commandTable, io, version, (code) => (exitCode = code), argv[0]);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io);
  }
}

/** One line on stderr and the documented exit code; never a stack trace, never the secret. */
function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (help, version, unknown option...).
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError || error instanceof WdtValidationError || error instanceof WdtConfigError) {
    io.stderr.write(`wdt: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof WdtApiError) {
    io.stderr.write(`wdt: ${error.method}: status ${error.status} (${error.kind}): ${error.apiMessage}\n`);
    return EXIT.apiError;
  }
  if (error instanceof WdtTransportError) {
    io.stderr.write(`wdt: ${error.message}\n${error.outcomeUnknown ? 'wdt: outcome unknown: the write may have been executed; check before repeating it\n' : ''}`);
    return EXIT.transport;
  }
  if (error instanceof WdtResponseError) {
    io.stderr.write(`wdt: ${error.message}\n`);
    return EXIT.transport;
  }
  io.stderr.write(`wdt: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT.transport;
}
