import { createRequire } from 'node:module';
import { CommanderError } from 'commander';
import { buildProgram } from './buildProgram.js';
import { processIo, type CliIo } from './CliIo.js';
import type { CommandSpec } from './CommandSpec.js';
import { EXIT, UsageError } from './exitCodes.js';
import { firstOperand } from './firstOperand.js';
import { loadCommand, loadCommandTable } from './loadCommands.js';
import { secretsOf } from './redactSecrets.js';
import { reportError, type ErrorContext } from './reportError.js';
import { runMockCommand } from './runMockCommand.js';
import { unknownMethodMessage } from './unknownMethodMessage.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** Built-in commands; the rest of the first operands are method names. */
const BUILT_IN = new Set(['call', 'list', 'describe', 'configure', 'profiles', 'completion', 'mock', 'help']);
/** Built-in commands that never look at the method table. */
const WITHOUT_TABLE = new Set(['configure', 'profiles']);

/** Runs `wdt` with these arguments (without node and script) and returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const errors: ErrorContext = { secrets: secretsOf(argv, io.env) };
  let table: readonly CommandSpec[] | undefined;
  try {
    let args = argv.length === 0 ? ['--help'] : [...argv]; // bare `wdt` shows the short help
    let first = firstOperand(args);
    // `wdt mock` is wdt-mock: its own options, its own parser, its exit code.
    if (first === 'mock') return await runMockCommand(args.slice(args.indexOf(first) + 1), io);
    // `wdt help <method>` is `wdt <method> --help`.
    if (first === 'help') {
      const topic = args[args.indexOf('help') + 1];
      if (topic !== undefined && (await loadCommand(topic))) [args, first] = [[topic, '--help'], topic];
    }
    // A method call imports only its own generated module; help and the built-ins read the table.
    const method = first !== undefined && !BUILT_IN.has(first) ? await loadCommand(first) : undefined;
    const versionOnly = first === undefined && (args.includes('--version') || args.includes('-V'));
    table = method || versionOnly || (first !== undefined && WITHOUT_TABLE.has(first)) ? undefined : await loadCommandTable();
    if (first !== undefined && (method || BUILT_IN.has(first))) errors.helpFor = `wdt ${first}`;
    let exitCode: number = EXIT.ok;
    const program = buildProgram({ io, version, setExitCode: (code) => (exitCode = code), methods: method ? [method] : [], table, errors });
    errors.optionNames = [program, ...program.commands].flatMap((command) => command.options.map((option) => option.long ?? '')).filter(Boolean);
    await program.parseAsync(args, { from: 'user' });
    return exitCode;
  } catch (error) {
    // An unknown command that looks like a method name gets the closest catalog names.
    if (error instanceof CommanderError && error.code === 'commander.unknownCommand' && table) {
      const name = /'([^']*)'/.exec(error.message)?.[1] ?? '';
      if (name.includes('.')) return reportError(new UsageError(`${unknownMethodMessage(name, table)} (wdt call --allow-unknown sends any name)`), io, errors);
    }
    return reportError(error, io, errors);
  }
}
