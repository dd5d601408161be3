import { encodeRequest, WDT_PRODUCTION_URL } from '@wdt-kit/core';
import { invokePage, paginateItems, throwItemErrors, WdtBareClient, WdtItemErrorsError, type MethodMeta, type PageOptions, type WdtCallEvent, type WdtItemError, type WdtRateLimiter } from '@wdt-kit/client/bare';
import type { CliIo } from './CliIo.js';
import type { CommandSpec } from './CommandSpec.js';
import { checkPrintable, UnprintableAnswerError } from './checkPrintable.js';
import { endpointLabel } from './checkBaseUrl.js';
import { confirmWrite } from './confirmWrite.js';
import { ProgressBar } from './progressBar.js';
import { formatDryRun } from './dryRun.js';
import { EXIT, UsageError } from './exitCodes.js';
import { formatJson, formatOutput, type OutputFormat } from './formatOutput.js';
import { describePartialFailure } from './partialFailure.js';
import type { ResolvedCredentials } from './resolveCredentials.js';
import { openRateLimiter, type SharedRateLimit } from './sharedRateLimit.js';
import type { FieldPath } from './selectFields.js';
import { pickFields } from './selectFields.js';
import { verboseFetch } from './verboseFetch.js';
import { visibleText } from './visibleText.js';

export interface CallRequest {
  method: string;
  args: unknown[];
  credentials: ResolvedCredentials;
  pager?: PageOptions;
  /** Stream every item of a paged query as NDJSON. */
  all?: boolean;
  maxItems?: number;
  dryRun?: boolean;
  verbose?: boolean;
  timeoutMs?: number;
  output?: OutputFormat;
  /** Only these fields of each row (or of the data). */
  fields?: readonly FieldPath[];
  /** The method's spec (a command's); undefined for a method `wdt call` does not know, which counts as a write. */
  spec?: MethodMeta & Pick<CommandSpec, 'writes'>;
  /** Skip the confirmation of writes against production. */
  yes?: boolean;
  /** Go through the workers' shared Redis limiter. */
  rateLimit?: SharedRateLimit;
}

const MAX_RETRIES = 2;

/**
 * Says on stderr when an attempt failed, where, and how long until the next one: retries used to
 * be silent. The client tells the failure (onAttempt) and then waits through `sleep` with the
 * backoff it chose, which is when the line is written.
 */
function retryAnnouncer(io: CliIo, endpoint: string): { onAttempt: (event: WdtCallEvent) => void; sleep: (ms: number) => Promise<void> } {
  let failed: WdtCallEvent | undefined;
  return {
    onAttempt: (event) => {
      failed = event.willRetry && event.error ? event : undefined;
    },
    sleep: (ms) => {
      if (failed?.error) io.stderr.write(`wdt: attempt ${failed.attempt} of ${MAX_RETRIES + 1} failed (${visibleText(failed.error.message)}) at ${endpoint}; retrying in ${(ms / 1000).toFixed(1)} s\n`);
      return new Promise((resolve) => setTimeout(resolve, ms));
    },
  };
}

/** The data, or a typed error when it cannot be printed faithfully; says whether the call itself succeeded. */
function printable<T>(data: T, request: CallRequest): T {
  const done = request.spec?.writes === false ? 'the call succeeded' : 'the call succeeded (the write was executed)';
  checkPrintable(data, `${request.method}: ${done}, but the answer`);
  return data;
}

/** Sends one call (or prints it with --dry-run) and returns the exit code; errors propagate. */
export async function runCall(request: CallRequest, io: CliIo): Promise<number> {
  const { credentials } = request;
  if (request.dryRun) {
    const encoded = encodeRequest({ credentials, method: request.method, args: request.args, ...(request.pager ? { pager: request.pager } : {}), nowMs: Date.now(), ...(credentials.baseUrl ? { baseUrl: credentials.baseUrl } : {}) });
    io.stdout.write(formatDryRun(encoded));
    return EXIT.ok;
  }
  await confirmWrite(
    { method: request.method, writes: request.spec?.writes ?? true, baseUrl: credentials.baseUrl, confirmWrites: Boolean(credentials.confirmWrites), sid: credentials.sid, yes: Boolean(request.yes), dryRun: false, stdinIsTTY: io.stdinIsTTY() },
    io.stderr as NodeJS.WritableStream,
    io.stdin(),
  );
  const rateLimiter = request.rateLimit ? await openRateLimiter(request.rateLimit, io) : undefined;
  try {
    return await callWith(rateLimiter, request, io);
  } finally {
    await rateLimiter?.close();
  }
}

/** The call itself, through the shared rate limiter when there is one. */
async function callWith(rateLimiter: WdtRateLimiter | undefined, request: CallRequest, io: CliIo): Promise<number> {
  const { confirmWrites: _confirm, ...clientCredentials } = request.credentials;
  const { credentials } = request;
  // The bare client and the command's own spec: the CLI never loads the typed catalog.
  const wdt = new WdtBareClient({
    ...(rateLimiter ? { rateLimiter } : {}),
    ...clientCredentials,
    maxRetries: MAX_RETRIES,
    ...retryAnnouncer(io, endpointLabel(credentials.baseUrl ?? WDT_PRODUCTION_URL)),
    ...(request.verbose ? { fetch: verboseFetch(io) } : {}),
    ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
  });
  const pretty = Boolean(io.stdout.isTTY);
  try {
    if (request.all) {
      const progress = new ProgressBar(io.stderr);
      if (!request.spec?.paged) throw new UsageError(`--all is for paged queries; ${request.method} is not one`);
      for await (const item of paginateItems(wdt, request.spec, request.args[0] ?? {}, { pageSize: request.pager?.pageSize ?? 100, ...(request.maxItems ? { maxItems: request.maxItems } : {}) })) {
        printable(item, request);
        io.stdout.write(formatJson(request.fields ? pickFields(item, request.fields) : item, false));
        progress.tick(undefined);
      }
      progress.finish(undefined);
      return EXIT.ok;
    }
    const { data, total, itemErrors } = await callOnce(wdt, request);
    printable(data, request);
    io.stdout.write(formatOutput(data === undefined ? { status: 0 } : data, request.output ?? 'json', pretty, request.fields));
    if (request.pager?.calcTotal) io.stderr.write(`wdt: total ${total ?? '(the server sent none)'}\n`);
    if (itemErrors.length > 0) {
      io.stderr.write(describePartialFailure(itemErrors));
      return EXIT.partialFailure;
    }
    return EXIT.ok;
  } catch (error) {
    // Reading a hostile answer can overflow the stack outside the CLI's own walk (e.g. a deeply
    // nested error message); it is still an answer that cannot be used, not a crash.
    if (error instanceof RangeError) throw new UnprintableAnswerError(`${request.method}: the answer could not be read (${error.message})`);
    throw error;
  }
}

/**
 * One call: through the spec when there is one (validation, retries of idempotent queries), else raw.
 * Failed items inside a successful answer are found where the method's spec says they are.
 */
async function callOnce(wdt: WdtBareClient, { spec, method, args, pager }: CallRequest): Promise<{ data: unknown; total?: number | undefined; itemErrors: readonly WdtItemError[] }> {
  try {
    if (spec?.paged) {
      const page = await invokePage(wdt, spec, args, pager ?? { pageSize: 100, pageNo: 0 }, { itemErrors: 'throw' }, throwItemErrors);
      return { data: page.data, total: page.total, itemErrors: [] };
    }
    if (spec) return { data: await wdt.invoke(spec, args, { itemErrors: 'throw' }, throwItemErrors), itemErrors: [] };
  } catch (error) {
    if (error instanceof WdtItemErrorsError) return { data: error.data, itemErrors: error.itemErrors };
    throw error;
  }
  const envelope = await wdt.send(method, args, pager ? { pager } : {});
  return { data: envelope.data, total: envelope.total, itemErrors: [] };
}
