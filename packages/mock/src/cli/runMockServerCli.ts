import { createMockServer } from '../createMockServer.js';
import { MockFixturesError } from '../fixtures/loadMockFixtures.js';
import type { MockCall } from '../MockCall.js';
import { MOCK_CLI_USAGE, MockCliUsageError, parseMockCliArgs } from './parseMockCliArgs.js';

/** Exit codes of `wdt-mock` and `wdt mock`: usage errors as `wdt`'s (64, from sysexits EX_USAGE). */
export const MOCK_CLI_EXIT = { ok: 0, cannotStart: 1, usage: 64 } as const;

/** Where the CLI writes and what it reads; process streams and environment unless given. */
export interface MockCliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  /** Stops the server like SIGINT does (for callers that run it in process). */
  signal?: AbortSignal;
}

// One line per call: what a developer needs to follow a session. The record holds no secret.
function formatCall(call: MockCall): string {
  const args = call.args === undefined ? '' : ` args=${JSON.stringify(call.args)}`;
  const shown = args.length > 300 ? `${args.slice(0, 300)}…` : args;
  const fault = call.fault === undefined ? '' : ` fault=${call.fault}`;
  return `${new Date(call.time).toISOString()} ${call.method || '-'} sid=${call.sid} status=${call.status ?? '-'}${call.message === undefined ? '' : ` ${call.message}`}${fault}${shown}\n`;
}

function stopRequested(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop);
  });
}

/**
 * `wdt-mock` (and `wdt mock`): starts the server, prints `listening on <url>` as the first stdout
 * line and serves until SIGINT or SIGTERM. Resolves with the exit code once it has stopped: 0, 64
 * for a usage error (one line on stderr with a hint, as `wdt` does), 1 for a port that cannot be
 * bound or fixtures that cannot be loaded. The caller sets the process exit code.
 */
export async function runMockServerCli(argv: string[], io: Partial<MockCliIo> = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  let options;
  try {
    options = parseMockCliArgs(argv, io.env ?? process.env);
  } catch (error) {
    if (!(error instanceof MockCliUsageError)) throw error;
    stderr.write(`wdt-mock: ${error.message} (wdt-mock --help for usage)\n`);
    return MOCK_CLI_EXIT.usage;
  }
  if (options.help) {
    stdout.write(MOCK_CLI_USAGE);
    return MOCK_CLI_EXIT.ok;
  }
  let server;
  try {
    server = await createMockServer({
      port: options.port,
      host: options.host,
      accounts: options.accounts,
      ...(options.faults ? { faults: options.faults } : {}),
      ...(options.seed !== undefined ? { dataSeed: options.seed, faultSeed: options.seed } : {}),
      ...(options.fixtures !== undefined ? { fixtures: options.fixtures } : {}),
      ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
      ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
      ...(options.maxCalls !== undefined ? { maxCalls: options.maxCalls } : {}),
      ...(options.headersTimeoutMs !== undefined ? { headersTimeoutMs: options.headersTimeoutMs } : {}),
      ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
      ...(options.verbose ? { onCall: (call: MockCall) => stderr.write(formatCall(call)) } : {}),
    });
  } catch (error) {
    if (error instanceof MockFixturesError) stderr.write(`wdt-mock: ${error.message}\n`);
    else stderr.write(`wdt-mock: cannot listen on ${options.host}:${options.port}: ${(error as Error).message}\n`);
    return MOCK_CLI_EXIT.cannotStart;
  }
  stdout.write(`listening on ${server.url}\n`);
  await stopRequested(io.signal);
  await server.close();
  return MOCK_CLI_EXIT.ok;
}
