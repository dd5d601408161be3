import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { CliIo } from './CliIo.js';
import type { CommandSpec } from './CommandSpec.js';
import { coerceArgs, isVariadic, parseArgsJson } from './coerceArgs.js';
import { helpDetails, typeLabel } from './describeCommand.js';
import { EXIT, UsageError } from './exitCodes.js';
import { applyFieldFlags, fieldFlagsOf } from './fieldFlags.js';
import { formatJson, type OutputFormat } from './formatOutput.js';
import { configPath, readProfiles, selectProfile, writeProfile } from './profiles.js';
import { resolveCredentials } from './resolveCredentials.js';
import { runCall } from './runCall.js';
import { completionScript } from './shellCompletion.js';
import { methodCommandsFor } from './methodCommandsFor.js';

interface GlobalOptions {
  sid?: string;
  appKey?: string;
  appSecret?: string;
  baseUrl?: string;
  dryRun?: boolean;
  verbose?: boolean;
  timeout?: string;
  profile?: string;
  test?: boolean;
  output: OutputFormat;
  yes?: boolean;
  confirmWrites?: boolean;
}

interface CallOptions {
  json?: string;
  file?: string;
  pageSize?: string;
  pageNo?: string;
  calcTotal?: boolean;
  all?: boolean;
  maxItems?: string;
}

const integerOption = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  return Number(value);
};

/** The `wdt` program: one command per spec'd method plus list, describe, call and mock. */
export function buildProgram(commands: readonly CommandSpec[], io: CliIo, version: string, setExitCode: (code: number) => void, invokedName?: string): Command {
  const program = new Command('wdt')
    .description('Call the Wangdian (旺店通) ERP 旗舰版 open API. Credentials from WDT_SID, WDT_APP_KEY, WDT_APP_SECRET, WDT_BASE_URL or flags.')
    .version(version)
    .option('--sid <sid>', 'seller account (WDT_SID)')
    .option('--app-key <key>', 'app key (WDT_APP_KEY)')
    .addOption(new Option('--app-secret <secret:salt>', 'app secret "secret:salt" (WDT_APP_SECRET; prefer the environment variable)'))
    .option('--base-url <url>', 'endpoint (WDT_BASE_URL; default the production endpoint)')
    .option('--test', 'use the documented test endpoint (http://47.92.239.46/openapi)')
    .option('--profile <name>', 'credentials from this profile of the config file (WDT_PROFILE; wdt configure writes it)')
    .addOption(new Option('--output <format>', 'json, ndjson (one row per line) or table').choices(['json', 'ndjson', 'table']).default('json'))
    .option('--dry-run', 'print the signed request instead of sending it (secret redacted)')
    .option('--verbose', 'print each request and response on stderr')
    .option('--timeout <ms>', 'per-attempt timeout in milliseconds')
    .option('-y, --yes', 'do not ask before a write against the production endpoint')
    .option('--confirm-writes', 'with configure: ask before every write through this profile')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();

  const send = async (method: string, args: unknown[], callOptions: CallOptions, spec: CommandSpec | undefined) => {
    const globals = program.opts<GlobalOptions>();
    const path = configPath(io.env);
    const credentials = resolveCredentials(globals, io.env, selectProfile(readProfiles(path), globals.profile ?? io.env.WDT_PROFILE, path));
    const pageSize = integerOption(callOptions.pageSize, '--page-size');
    const pager = spec?.paged || pageSize !== undefined ? { pageSize: pageSize ?? 100, pageNo: integerOption(callOptions.pageNo, '--page-no') ?? 0, calcTotal: Boolean(callOptions.calcTotal) } : undefined;
    if (callOptions.all && !spec?.paged) throw new UsageError(`--all is for paged queries; ${method} is not one`);
    const timeoutMs = integerOption(globals.timeout, '--timeout');
    const maxItems = integerOption(callOptions.maxItems, '--max-items');
    setExitCode(
      await runCall(
        { method, args, credentials, ...(pager ? { pager } : {}), ...(callOptions.all ? { all: true } : {}), ...(maxItems ? { maxItems } : {}), ...(globals.dryRun ? { dryRun: true } : {}), ...(globals.verbose ? { verbose: true } : {}), ...(timeoutMs ? { timeoutMs } : {}), output: globals.output, ...(spec ? { spec } : {}), ...(globals.yes ? { yes: true } : {}) },
        io,
      ),
    );
  };

  const argsFromJsonSources = async (options: CallOptions): Promise<unknown[] | undefined> => {
    if (options.json !== undefined) return parseArgsJson(options.json === '-' ? await io.readStdin() : options.json, options.json === '-' ? 'stdin' : '--json');
    if (options.file !== undefined) {
      let text: string;
      try {
        text = readFileSync(options.file, 'utf8');
      } catch {
        throw new UsageError(`--file: cannot read ${options.file}`);
      }
      return parseArgsJson(text, options.file);
    }
    return undefined;
  };

  const addCallOptions = (command: Command, paged: boolean) => {
    command.option('--json <array>', 'all arguments as one JSON array ("-" reads stdin)').option('--file <path>', 'all arguments as a JSON array in a file');
    if (paged) {
      command
        .option('--page-size <n>', 'rows per page (default 100)')
        .option('--page-no <n>', 'page number, from 0')
        .option('--calc-total', 'ask the server for the total count')
        .option('--all', 'stream every item of every page as NDJSON')
        .option('--max-items <n>', 'with --all: stop after this many items');
    }
    return command;
  };

  // Option names a method's field flags must not take.
  const taken = new Set(['json', 'file', 'page-size', 'page-no', 'calc-total', 'all', 'max-items', 'help', 'version', ...program.options.map((o) => o.long!.slice(2))]);

  for (const spec of methodCommandsFor(commands, invokedName)) {
    const command = program.command(spec.method, { hidden: false }).summary(spec.title).description(`${spec.title}（${spec.method}）`);
    const flags = fieldFlagsOf(spec.args, taken);
    spec.args.forEach((arg, i) => {
      const variadic = isVariadic(arg, i, spec.args);
      command.argument(variadic ? `[${arg.name}...]` : `[${arg.name}]`, `${typeLabel(arg.schema)}${arg.required ? ', required' : ''}${arg.title ? ` ${arg.title}` : ''}`);
    });
    addCallOptions(command, Boolean(spec.paged));
    for (const flag of flags) command.option(`--${flag.flag} <value>`, flag.description);
    command.addHelpText('after', helpDetails(spec));
    command.action(async (...received: unknown[]) => {
      const options = received[spec.args.length] as CallOptions;
      const fromJson = await argsFromJsonSources(options);
      const positional = fromJson ?? coerceArgs(received.slice(0, spec.args.length) as (string | string[] | undefined)[], spec.args);
      const args = applyFieldFlags(positional, flags, options as Record<string, unknown>);
      await send(spec.method, args, options, spec);
    });
  }

  addCallOptions(program.command('call').description('call any method by name with a JSON array of arguments').argument('<method>', 'wire name, e.g. wms.stockin.PreStockin.cancel').argument('[args]', 'JSON array of arguments (default [])'), true).action(
    async (method: string, argsJson: string | undefined, options: CallOptions) => {
      const fromSources = await argsFromJsonSources(options);
      const args = fromSources ?? parseArgsJson(argsJson ?? '[]', 'arguments');
      await send(method, args, options, commands.find((c) => c.method === method));
    },
  );

  program
    .command('list')
    .description('list every method with its Chinese title')
    .option('--category <name>', 'only this category, e.g. 库存类')
    .option('--json', 'machine-readable')
    .action((options: { category?: string; json?: boolean }) => {
      const selected = commands.filter((c) => !options.category || c.category === options.category);
      if (options.json) io.stdout.write(formatJson(selected.map(({ method, title, category, paged, idempotent }) => ({ method, title, category, paged: Boolean(paged), idempotent })), Boolean(io.stdout.isTTY)));
      else io.stdout.write(selected.map((c) => `${c.method.padEnd(60)} ${c.title}${c.paged ? '  (分页)' : ''}`).join('\n') + '\n');
    });

  program
    .command('describe')
    .description('show a method: arguments, types, notes, example')
    .argument('<method>')
    .option('--json', 'machine-readable (the spec as the CLI knows it)')
    .action((method: string, options: { json?: boolean }) => {
      const spec = commands.find((c) => c.method === method);
      if (!spec) throw new UsageError(`unknown method ${method} (wdt list shows them all)`);
      io.stdout.write(options.json ? formatJson(spec, Boolean(io.stdout.isTTY)) : `${spec.method}${helpDetails(spec)}`);
    });

  program
    .command('configure')
    .description('write a profile (sid, app key, app secret, endpoint) to the config file, readable by you only')
    .action(() => {
      const globals = program.opts<GlobalOptions>();
      const name = globals.profile ?? 'default';
      const profile = { ...(globals.sid ? { sid: globals.sid } : {}), ...(globals.appKey ? { appKey: globals.appKey } : {}), ...(globals.appSecret ? { appSecret: globals.appSecret } : {}), ...(globals.baseUrl || globals.test ? { baseUrl: globals.baseUrl ?? 'http://47.92.239.46/openapi' } : {}), ...(globals.confirmWrites ? { confirmWrites: true } : {}) };
      if (Object.keys(profile).length === 0) throw new UsageError('configure: give at least one of --sid, --app-key, --app-secret, --base-url, --test');
      const path = configPath(io.env);
      writeProfile(path, name, profile);
      io.stderr.write(`wdt: profile "${name}" written to ${path} (mode 0600)\n`);
    });

  program
    .command('completion')
    .description('print a shell completion script for commands and method names')
    .argument('<shell>', 'bash, zsh or fish')
    .action((shell: string) => {
      io.stdout.write(completionScript(shell, ['list', 'describe', 'call', 'mock', 'configure', 'completion', ...commands.map((c) => c.method)]));
    });

  program
    .command('mock')
    .description('start the mock server (same as wdt-mock)')
    .allowUnknownOption()
    .helpOption(false)
    .argument('[options...]', 'wdt-mock options, e.g. --port 8080')
    .action(async (options: string[]) => {
      const { runMockServerCli } = await import('@wdt-kit/mock');
      await runMockServerCli(options);
    });

  return program;
}

export { EXIT };
