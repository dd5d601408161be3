import { parseArgs } from 'node:util';
import { parseAppSecret, WdtConfigError, type WdtCredentials } from '@wdt-kit/core';
import { DEFAULT_MOCK_ACCOUNT } from '../defaultAccount.js';
import type { MockFaultRule } from '../faults/MockFault.js';
import { FAULT_FLAG_SYNTAX, parseFaultFlag } from '../faults/parseFaultFlag.js';
import type { RateLimit } from '../limits/CallQuota.js';
import { parseByteSize } from '../limits/parseByteSize.js';
import { parseRateLimitFlag } from '../limits/parseRateLimitFlag.js';

export const MOCK_CLI_USAGE: string = `Usage: wdt-mock [--port N] [--host 127.0.0.1] [--sid SID --app-key KEY --app-secret SECRET:SALT]
                [--fixtures FILE] [--fault FAULT]... [--seed S] [--rate-limit N/min]
                [--concurrency-limit N]
                [--max-body SIZE] [--max-calls N] [--headers-timeout MS] [--request-timeout MS]
                [--verbose]

A mock of the Wangdian (旺店通) 旗舰版 open API on http://HOST:PORT/openapi.

  --port N            port to listen on; default 0 (any free port)
  --host HOST         interface to listen on; default 127.0.0.1
  --sid, --app-key, --app-secret
                      one more account to accept, besides sid wdtapi3 / appKey wdt_test
                      (also from WDT_SID, WDT_APP_KEY, WDT_APP_SECRET)
  --fixtures FILE     documents to start with, JSON or YAML (goods, stock, purchaseOrders, ...)
  --fault FAULT       inject a fault, ${FAULT_FLAG_SYNTAX}; repeatable.
                      Types: latency=MS, rateLimit[=concurrency], badGateway, connectionReset,
                      neverEnds, clockSkew=MS, dropAfterExecute
  --seed S            seed of generated answers and fault probabilities; default 0
  --rate-limit N/min  at most N calls a minute per sid and method; beyond: status 100
                      超过每分钟最大调用频率限制，请稍后重试. N/Ks: per window of K seconds
                      (for tests). Default: no quota
  --concurrency-limit N
                      at most N calls of a sid and method at once (a call runs for its
                      latency fault); beyond: status 100 超过每分钟最大并发次数限制，请稍后重试.
                      Default: no limit
  --max-body SIZE     largest request body, bytes or KiB/MiB/GiB; beyond: HTTP 413 unread.
                      Default 10MiB
  --max-calls N       calls kept for the call log (the latest N); default 10000
  --headers-timeout MS
                      cut a client that has not sent its request head in MS (HTTP 408);
                      default 10000, 0 for none
  --request-timeout MS
                      cut a client that has not sent its whole request in MS; default 30000,
                      0 for none
  --verbose           log every call to stderr
  -h, --help          show this help

The first line on stdout is "listening on <url>". SIGINT or SIGTERM stops the server.
`;

export interface MockCliOptions {
  port: number;
  host: string;
  /** The default account, then the one given by flags or environment. */
  accounts: WdtCredentials[];
  /** Present only when given. */
  fixtures?: string;
  faults?: MockFaultRule[];
  seed?: string;
  rateLimit?: RateLimit;
  maxBodyBytes?: number;
  maxCalls?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  verbose: boolean;
  help: boolean;
}

/** A command line the mock cannot run. Its message never quotes a value (it could be a secret). */
export class MockCliUsageError extends Error {
  override name = 'MockCliUsageError';
}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  sid: { type: 'string' },
  'app-key': { type: 'string' },
  'app-secret': { type: 'string' },
  fixtures: { type: 'string' },
  fault: { type: 'string', multiple: true },
  seed: { type: 'string' },
  'rate-limit': { type: 'string' },
  'concurrency-limit': { type: 'string' },
  'max-body': { type: 'string' },
  'max-calls': { type: 'string' },
  'headers-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

// Lenient parsing, then our own checks: node's strict errors quote the offending argument, and a
// secret passed in the wrong place must not end up on the terminal.
function readOptions(argv: readonly string[]): Partial<Record<OptionName, string | boolean>> & { faults: string[] } {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values: Partial<Record<OptionName, string | boolean>> & { faults: string[] } = { faults: [] };
  for (const token of tokens) {
    if (token.kind === 'positional') throw new MockCliUsageError('unexpected argument: wdt-mock takes only options');
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(OPTIONS, token.name)) throw new MockCliUsageError(`unknown option ${token.rawName}`);
    const name = token.name as OptionName;
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) throw new MockCliUsageError(`${token.rawName} takes no value`);
      values[name] = true;
    } else {
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) throw new MockCliUsageError(`${token.rawName} needs a value`);
      if (name === 'fault') values.faults.push(token.value);
      else values[name] = token.value;
    }
  }
  return values;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw new MockCliUsageError('--port must be an integer from 0 to 65535');
  return port;
}

// A whole number from `min` up, for counts and milliseconds.
function parseWholeNumber(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const number = /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min)) throw new MockCliUsageError(`${flag} must be a whole number${min > 0 ? ` from ${min}` : ''}`);
  return number;
}

function parseLimits(values: Partial<Record<OptionName, string | boolean>>): Partial<MockCliOptions> {
  const text = (name: OptionName) => values[name] as string | undefined;
  const limits: Partial<MockCliOptions> = {};
  if (text('rate-limit') !== undefined) {
    try {
      limits.rateLimit = parseRateLimitFlag(text('rate-limit')!);
    } catch (error) {
      throw new MockCliUsageError((error as Error).message);
    }
  }
  const concurrency = parseWholeNumber(text('concurrency-limit'), '--concurrency-limit', 1);
  if (concurrency !== undefined) limits.rateLimit = { ...limits.rateLimit, concurrency };
  if (text('max-body') !== undefined) {
    const bytes = parseByteSize(text('max-body')!);
    if (bytes === undefined) throw new MockCliUsageError('--max-body must be a size in bytes, or with KiB, MiB or GiB (e.g. 10MiB)');
    limits.maxBodyBytes = bytes;
  }
  const maxCalls = parseWholeNumber(text('max-calls'), '--max-calls', 0);
  if (maxCalls !== undefined) limits.maxCalls = maxCalls;
  const headersTimeoutMs = parseWholeNumber(text('headers-timeout'), '--headers-timeout', 0);
  if (headersTimeoutMs !== undefined) limits.headersTimeoutMs = headersTimeoutMs;
  const requestTimeoutMs = parseWholeNumber(text('request-timeout'), '--request-timeout', 0);
  if (requestTimeoutMs !== undefined) limits.requestTimeoutMs = requestTimeoutMs;
  if (headersTimeoutMs !== undefined && requestTimeoutMs !== undefined && requestTimeoutMs > 0 && headersTimeoutMs > requestTimeoutMs) {
    throw new MockCliUsageError('--headers-timeout cannot exceed --request-timeout');
  }
  return limits;
}

// Flags win over the environment; the three parts of an account come together or not at all.
function extraAccount(values: Partial<Record<OptionName, string | boolean>>, env: NodeJS.ProcessEnv): WdtCredentials | undefined {
  const pick = (flag: OptionName, variable: string) => (values[flag] as string | undefined) || env[variable] || undefined;
  const parts = { sid: pick('sid', 'WDT_SID'), appKey: pick('app-key', 'WDT_APP_KEY'), appSecret: pick('app-secret', 'WDT_APP_SECRET') };
  const missing = [
    ['--sid (WDT_SID)', parts.sid],
    ['--app-key (WDT_APP_KEY)', parts.appKey],
    ['--app-secret (WDT_APP_SECRET)', parts.appSecret],
  ].filter(([, value]) => value === undefined).map(([name]) => name);
  if (missing.length === 3) return undefined;
  if (missing.length > 0) throw new MockCliUsageError(`an account needs --sid, --app-key and --app-secret; missing ${missing.join(', ')}`);
  try {
    parseAppSecret(parts.appSecret!);
  } catch (error) {
    if (error instanceof WdtConfigError) throw new MockCliUsageError(error.message);
    throw error;
  }
  return parts as WdtCredentials;
}

function parseFaults(flags: readonly string[]): MockFaultRule[] {
  return flags.map((flag) => {
    try {
      return parseFaultFlag(flag);
    } catch (error) {
      throw new MockCliUsageError((error as Error).message);
    }
  });
}

/** Reads `wdt-mock` arguments and the WDT_* environment; throws MockCliUsageError on anything it cannot run. */
export function parseMockCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): MockCliOptions {
  const values = readOptions(argv);
  const account = extraAccount(values, env);
  return {
    port: parsePort(values.port as string | undefined),
    host: (values.host as string | undefined) ?? '127.0.0.1',
    accounts: account ? [DEFAULT_MOCK_ACCOUNT, account] : [DEFAULT_MOCK_ACCOUNT],
    ...(values.fixtures !== undefined ? { fixtures: values.fixtures as string } : {}),
    ...(values.faults.length > 0 ? { faults: parseFaults(values.faults) } : {}),
    ...(values.seed !== undefined ? { seed: values.seed as string } : {}),
    ...parseLimits(values),
    verbose: values.verbose === true,
    help: values.help === true,
  };
}
