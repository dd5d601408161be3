import { encodeRequest, type FetchLike } from '@wdt-kit/core';
import { paginateItems, WdtBareClient, WdtItemErrorsError, type MethodMeta, type PageOptions, type WdtItemError } from '@wdt-kit/client/bare';
import type { CliIo } from './CliIo.js';
import { confirmWrite } from './confirmWrite.js';
import { ProgressBar } from './progressBar.js';
import { formatDryRun } from './dryRun.js';
import { EXIT, UsageError } from './exitCodes.js';
import { formatJson, formatOutput, type OutputFormat } from './formatOutput.js';
import { describePartialFailure } from './partialFailure.js';
import type { ResolvedCredentials } from './resolveCredentials.js';

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
  /** The method's spec (a command's); undefined for a method `wdt call` does not know, which counts as a write. */
  spec?: MethodMeta;
  /** Skip the confirmation of writes against production. */
  yes?: boolean;
}

/** A fetch that reports each request and response on stderr (nothing there carries the secret). */
function verboseFetch(io: CliIo): FetchLike {
  return async (url, init) => {
    io.stderr.write(`> POST ${url}\n> ${init.body}\n`);
    const response = await fetch(url, init);
    const text = await response.clone().text();
    io.stderr.write(`< HTTP ${response.status}\n< ${text.length > 2000 ? `${text.slice(0, 2000)}…` : text}\n`);
    return response;
  };
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
    { method: request.method, idempotent: request.spec?.idempotent ?? false, baseUrl: credentials.baseUrl, confirmWrites: Boolean(credentials.confirmWrites), sid: credentials.sid, yes: Boolean(request.yes), dryRun: false, stdinIsTTY: io.stdinIsTTY() },
    io.stderr as NodeJS.WritableStream,
    io.stdin(),
  );
  const { confirmWrites: _confirm, ...clientCredentials } = credentials;
  // The bare client and the command's own spec: the CLI never loads the typed catalog.
  const wdt = new WdtBareClient({
    ...clientCredentials,
    ...(request.verbose ? { fetch: verboseFetch(io) } : {}),
    ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
  });
  const pretty = Boolean(io.stdout.isTTY);
  if (request.all) {
    const progress = new ProgressBar(io.stderr);
    if (!request.spec?.paged) throw new UsageError(`--all is for paged queries; ${request.method} is not one`);
    for await (const item of paginateItems(wdt, request.spec, request.args[0] ?? {}, { pageSize: request.pager?.pageSize ?? 100, ...(request.maxItems ? { maxItems: request.maxItems } : {}) })) {
      io.stdout.write(formatJson(item, false));
      progress.tick(undefined);
    }
    progress.finish(undefined);
    return EXIT.ok;
  }
  // Failed items inside a successful answer, found where the method's spec says they are.
  const outcome = await callOnce(wdt, request).then(
    (data) => ({ data, itemErrors: [] as readonly WdtItemError[] }),
    (error: unknown) => {
      if (error instanceof WdtItemErrorsError) return { data: error.data, itemErrors: error.itemErrors };
      throw error;
    },
  );
  io.stdout.write(formatOutput(outcome.data === undefined ? { status: 0 } : outcome.data, request.output ?? 'json', pretty));
  if (outcome.itemErrors.length > 0) {
    io.stderr.write(describePartialFailure(outcome.itemErrors));
    return EXIT.partialFailure;
  }
  return EXIT.ok;
}

/** One call: through the spec when there is one (validation, retries of idempotent queries), else raw. */
async function callOnce(wdt: WdtBareClient, { spec, method, args, pager }: CallRequest): Promise<unknown> {
  if (spec?.paged) return (await wdt.invokePage(spec, args, pager ?? { pageSize: 100, pageNo: 0 }, { itemErrors: 'throw' })).data;
  if (spec) return wdt.invoke(spec, args, { itemErrors: 'throw' });
  return (await wdt.send(method, args, pager ? { pager } : {})).data;
}
