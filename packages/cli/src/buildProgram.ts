import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { WDT_PRODUCTION_URL } from '@wdt-kit/core';
import { endpointLabel } from './checkBaseUrl.js';
import type { CliIo } from './CliIo.js';
import type { CommandSpec } from './CommandSpec.js';
import { coerceArgs, isVariadic, parseArgsJson } from './coerceArgs.js';
import { addProfileCommands } from './configureCommand.js';
import { helpDetails, typeLabel } from './describeCommand.js';
import { EXIT, UsageError } from './exitCodes.js';
import { applyFieldFlags, enumText, fieldFlagsOf } from './fieldFlags.js';
import { formatJson, OUTPUT_FORMATS, type OutputFormat } from './formatOutput.js';
import { formatGroupSummary, formatMethodList, methodGroups, searchMethods } from './methodGroups.js';
import { configPath, readProfiles, selectProfile } from './profiles.js';
import type { ErrorContext } from './reportError.js';
import { resolveCredentials } from './resolveCredentials.js';
import { resolveRateLimit } from './sharedRateLimit.js';
import { parseFieldList } from './selectFields.js';
import { completionScript } from './shellCompletion.js';
import { shownName } from './shownName.js';
import { unknownMethodMessage } from './unknownMethodMessage.js';

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
  output: string;
  fields?: string;
  yes?: boolean;
  confirmWrites?: boolean;
  rateLimitRedis?: string;
  rateBudgets?: string;
}

interface CallOptions {
  json?: string;
  file?: string;
  pageSize?: string;
  pageNo?: string;
  calcTotal?: boolean;
  all?: boolean;
  maxItems?: string;
  allowUnknown?: boolean;
}

/** What a run of the program works with. */
export interface ProgramContext {
  io: CliIo;
  version: string;
  setExitCode: (code: number) => void;
  /** Method commands to register: the invoked one, or none. */
  methods: readonly CommandSpec[];
  /** Every method, when this run needs them (help, list, describe, call, completion). */
  table: readonly CommandSpec[] | undefined;
  errors: ErrorContext;
}

// The value is not quoted: a secret passed to the wrong option must not be printed.
const integerOption = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value)) throw new UsageError(`${name} must be a non-negative integer`);
  return Number(value);
};

const HELP_FOOTER = `wdt <method> --help shows a method's arguments; wdt help <group> lists a group;
wdt list --search <text> finds methods by Chinese or English words.`;

/** The `wdt` program: list, describe, call, configure, profiles, completion, mock and help, plus the invoked method. */
export function buildProgram(context: ProgramContext): Command {
  const { io, table } = context;
  const program = new Command('wdt')
    .usage('[options] <command | method> [args]')
    .description('Call the Wangdian (旺店通) ERP 旗舰版 open API. Credentials from WDT_SID, WDT_APP_KEY,\nWDT_APP_SECRET, WDT_BASE_URL, flags or a profile (wdt configure).')
    .version(context.version)
    .option('--sid <sid>', 'seller account (WDT_SID)')
    .option('--app-key <key>', 'app key (WDT_APP_KEY)')
    .addOption(new Option('--app-secret <secret:salt>', 'app secret (better: WDT_APP_SECRET)'))
    .option('--base-url <url>', 'endpoint (WDT_BASE_URL; default production)')
    .option('--test', 'use the documented test endpoint')
    .option('--profile <name>', 'use this saved profile (WDT_PROFILE)')
    .addOption(new Option('--output <format>', `${OUTPUT_FORMATS.join(', ')}`).default('json'))
    .option('--fields <a,b.c>', 'only these fields (columns) in the output')
    .option('--dry-run', 'print the signed request instead of sending it')
    .option('--verbose', 'print each request and response on stderr')
    .option('--timeout <ms>', 'per-attempt timeout in milliseconds')
    .option('--rate-limit-redis <url>', "share the workers' rate-limit budgets in this Redis (WDT_RATE_LIMIT_REDIS)")
    .option('--rate-budgets <json>', 'the budgets of --rate-limit-redis, as the workers have them (WDT_RATE_BUDGETS)')
    .option('-y, --yes', 'do not ask before a write to production')
    .option('--confirm-writes', 'with configure: always ask before writes')
    .helpCommand(false)
    // Errors are reported by reportError as one line that quotes nothing typed; commander's own
    // error text and the help it prints after an error stay unwritten.
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: () => undefined, outputError: () => undefined })
    .exitOverride();
  // Checked before any command runs: a bad --output must not be ignored by list or describe.
  program.hook('preAction', () => {
    const globals = program.opts<GlobalOptions>();
    if (!(OUTPUT_FORMATS as readonly string[]).includes(globals.output)) throw new UsageError(`--output must be one of ${OUTPUT_FORMATS.join(', ')}`);
    if (globals.fields !== undefined) parseFieldList(globals.fields);
    integerOption(globals.timeout, '--timeout');
  });
  if (table) program.addHelpText('after', `\nMethods (${table.length}) by group; wdt help <group> lists one:\n${formatGroupSummary(table)}\n\n${HELP_FOOTER}\n`);

  const send = async (method: string, args: unknown[], callOptions: CallOptions, spec: CommandSpec | undefined) => {
    const globals = program.opts<GlobalOptions>();
    const fields = globals.fields !== undefined ? parseFieldList(globals.fields) : undefined;
    const path = configPath(io.env);
    const profile = selectProfile(readProfiles(path), globals.profile ?? io.env.WDT_PROFILE, path);
    const credentials = resolveCredentials(globals, io.env, profile);
    const rateLimit = resolveRateLimit(globals, io.env, profile);
    context.errors.endpoint = endpointLabel(credentials.baseUrl ?? WDT_PRODUCTION_URL);
    const pageSize = integerOption(callOptions.pageSize, '--page-size');
    const pager = spec?.paged || pageSize !== undefined || callOptions.calcTotal ? { pageSize: pageSize ?? 100, pageNo: integerOption(callOptions.pageNo, '--page-no') ?? 0, calcTotal: Boolean(callOptions.calcTotal) } : undefined;
    if (callOptions.all && !spec?.paged) throw new UsageError(`--all is for paged queries; ${method} is not one`);
    const timeoutMs = integerOption(globals.timeout, '--timeout');
    const maxItems = integerOption(callOptions.maxItems, '--max-items');
    // The client is loaded only when a call is made: --version, help and list start without it.
    const { runCall } = await import('./runCall.js');
    context.setExitCode(
      await runCall(
        { method, args, credentials, ...(pager ? { pager } : {}), ...(callOptions.all ? { all: true } : {}), ...(maxItems ? { maxItems } : {}), ...(globals.dryRun ? { dryRun: true } : {}), ...(globals.verbose ? { verbose: true } : {}), ...(timeoutMs ? { timeoutMs } : {}), output: globals.output as OutputFormat, ...(fields ? { fields } : {}), ...(spec ? { spec } : {}), ...(globals.yes ? { yes: true } : {}), ...(rateLimit ? { rateLimit } : {}) },
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
        throw new UsageError('--file: cannot read that file');
      }
      return parseArgsJson(text, '--file');
    }
    return undefined;
  };

  const addCallOptions = (command: Command, paged: boolean) => {
    command.option('--json <array>', 'all arguments as one JSON array ("-" reads stdin)').option('--file <path>', 'all arguments as a JSON array in a file');
    if (paged) {
      command
        .option('--page-size <n>', 'rows per page (default 100)')
        .option('--page-no <n>', 'page number, from 0')
        .option('--calc-total', 'ask the server for the total count (printed on stderr)')
        .option('--all', 'stream every item of every page as NDJSON')
        .option('--max-items <n>', 'with --all: stop after this many items');
    }
    return command;
  };

  // Option names a method's field flags must not take.
  const taken = new Set(['json', 'file', 'page-size', 'page-no', 'calc-total', 'all', 'max-items', 'help', 'version', ...program.options.map((o) => o.long!.slice(2))]);
  const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

  for (const spec of context.methods) {
    const command = program.command(spec.method).summary(spec.title).description(`${spec.title}（${spec.method}）`);
    const flags = fieldFlagsOf(spec.args, taken);
    spec.args.forEach((arg, i) => {
      const variadic = isVariadic(arg, i, spec.args);
      const values = enumText(arg.schema);
      command.argument(variadic ? `[${arg.name}...]` : `[${arg.name}]`, `${typeLabel(arg.schema)}${arg.required ? ', required' : ''}${arg.title ? ` ${arg.title}` : ''}${values ? ` [${values}]` : ''}`);
    });
    addCallOptions(command, Boolean(spec.paged));
    for (const flag of flags) {
      if (flag.repeatable) command.option(`--${flag.flag} <value>`, flag.description, collect);
      else command.option(`--${flag.flag} <value>`, flag.description);
    }
    command.addHelpText('after', helpDetails(spec));
    command.action(async (...received: unknown[]) => {
      const options = received[spec.args.length] as CallOptions;
      const fromJson = await argsFromJsonSources(options);
      const positional = fromJson ?? coerceArgs(received.slice(0, spec.args.length) as (string | string[] | undefined)[], spec.args);
      const args = applyFieldFlags(positional, flags, options as Record<string, unknown>);
      await send(spec.method, args, options, spec);
    });
  }

  const catalog = () => table ?? [];

  addCallOptions(
    program
      .command('call')
      .description('call any method by name with a JSON array')
      .argument('<method>', 'wire name, e.g. wms.stockin.PreStockin.cancel')
      .argument('[args]', 'JSON array of arguments (default [])')
      .option('--allow-unknown', 'send a method that is not in the catalog'),
    true,
  ).action(async (method: string, argsJson: string | undefined, options: CallOptions) => {
    const spec = catalog().find((c) => c.method === method);
    // A misspelt name used to be sent and answered 权限不足, pointing at the account.
    if (!spec && !options.allowUnknown) throw new UsageError(`${unknownMethodMessage(method, catalog())}; send it anyway with --allow-unknown`);
    const fromSources = await argsFromJsonSources(options);
    const args = fromSources ?? parseArgsJson(argsJson ?? '[]', 'arguments');
    await send(method, args, options, spec);
  });

  program
    .command('list')
    .description('list methods (--search, --category, --group)')
    .option('--search <text>', 'only methods whose name, title or description contain these words')
    .option('--category <name>', 'only this category, e.g. 库存类')
    .option('--group <name>', 'only this group, e.g. wms')
    .option('--json', 'machine-readable')
    .action((options: { search?: string; category?: string; group?: string; json?: boolean }) => {
      let selected = [...catalog()];
      if (options.category !== undefined) {
        const categories = [...new Set(catalog().map((c) => c.category).filter(Boolean))] as string[];
        if (!categories.includes(options.category)) throw new UsageError(`unknown category ${shownName(options.category)}; categories: ${categories.join(', ')}`);
        selected = selected.filter((c) => c.category === options.category);
      }
      if (options.group !== undefined) {
        const groups = methodGroups(catalog());
        if (!groups.has(options.group)) throw new UsageError(`unknown group ${shownName(options.group)}; groups: ${[...groups.keys()].join(', ')}`);
        selected = selected.filter((c) => c.method.split('.')[0] === options.group);
      }
      if (options.search !== undefined) selected = searchMethods(selected, options.search);
      if (options.json) io.stdout.write(formatJson(selected.map(({ method, title, category, paged, idempotent }) => ({ method, title, category, paged: Boolean(paged), idempotent })), Boolean(io.stdout.isTTY)));
      else if (selected.length === 0) io.stderr.write('wdt: no method matches\n');
      else io.stdout.write(formatMethodList(selected));
    });

  program
    .command('describe')
    .description('show a method: arguments, notes, example')
    .argument('<method>')
    .option('--json', 'machine-readable (the spec as the CLI knows it)')
    .action((method: string, options: { json?: boolean }) => {
      const spec = catalog().find((c) => c.method === method);
      if (!spec) throw new UsageError(unknownMethodMessage(method, catalog()));
      io.stdout.write(options.json ? formatJson(spec, Boolean(io.stdout.isTTY)) : `${spec.method}${helpDetails(spec)}`);
    });

  addProfileCommands(program, io);

  program
    .command('completion')
    .description('shell completion script (bash, zsh, fish)')
    .argument('<shell>', 'bash, zsh or fish')
    .action((shell: string) => {
      io.stdout.write(completionScript(shell, ['list', 'describe', 'call', 'mock', 'configure', 'profiles', 'completion', 'help', ...catalog().map((c) => c.method)]));
    });

  // Runs before the program is built (main.ts); listed here for --help.
  program.command('mock').description('start the mock server (same as wdt-mock)').helpOption(false).allowUnknownOption().argument('[options...]');

  program
    .command('help')
    .description('help for a method group, method or command')
    .argument('[topic]', 'a group (wms), a method or a command')
    .action((topic: string | undefined) => {
      if (topic === undefined) return program.outputHelp();
      const group = methodGroups(catalog()).get(topic);
      if (group) return void io.stdout.write(`${topic}: ${group.length} methods (wdt <method> --help shows one)\n\n${formatMethodList(group)}`);
      const builtIn = program.commands.find((c) => c.name() === topic && topic !== 'help');
      if (builtIn) return builtIn.outputHelp();
      if (topic.includes('.')) throw new UsageError(unknownMethodMessage(topic, catalog()));
      throw new UsageError(`no group, method or command named ${shownName(topic, 'like the one given')}; groups: ${[...methodGroups(catalog()).keys()].join(', ')}`);
    });

  return program;
}

export { EXIT };
