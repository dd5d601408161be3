import { draftArgs } from './draftArgs.ts';
import { draftReturns, pagingOf } from './draftReturns.ts';
import { unescapeMarkdown } from './markdownText.ts';
import type { DocPage } from './parsePage.ts';
import type { CatalogEntry } from './readCatalog.ts';
import type { ArgSpec, MethodSpec } from './specTypes.ts';

const SPAN_UNITS: Record<string, string> = { 天: 'd', 小时: 'h', 分钟: 'min' };

// The pairs of window keys the pages use (catalog.md §0); start_time/end_time first.
const WINDOW_PAIRS: readonly [string, string][] = [
  ['start_time', 'end_time'],
  ['start_date', 'end_date'],
  ['modified_from', 'modified_to'],
  ['mt_from', 'mt_to'],
  ['create_from', 'create_to'],
  ['created_begin', 'created_end'],
  ['modified_begin', 'modified_end'],
];

/** 1.4 时间跨度 → the window keys and the widest span, when the first argument has both keys. */
export function timeWindowOf(timeSpan: string | undefined, args: readonly ArgSpec[], issues: string[]): MethodSpec['timeWindow'] {
  const properties = args[0]?.schema.properties ?? {};
  const text = unescapeMarkdown(timeSpan ?? '');
  const named = /([a-z_]+)\s*(?:和|与|、|,|，)\s*([a-z_]+)/i.exec(text);
  const pair = named && named[1]! in properties && named[2]! in properties ? ([named[1]!, named[2]!] as const) : WINDOW_PAIRS.find(([start, end]) => start in properties && end in properties);
  const span = /(\d+)\s*(天|小时|分钟)/.exec(text);
  if (!pair) {
    if (span && args.length > 0 && Object.keys(properties).length > 0) issues.push(`1.4 says "${text.trim()}", but the arguments have no time range; the spec records no window.`);
    return undefined;
  }
  if (named && !(named[1]! in properties && named[2]! in properties)) {
    issues.push(`1.4 names ${named[1]} and ${named[2]}, which the arguments do not have; the window uses ${pair[0]} and ${pair[1]}.`);
  }
  return {
    start: pair[0],
    end: pair[1],
    ...(span ? { maxSpan: `${span[1]}${SPAN_UNITS[span[2]!]}` } : {}),
    ...(text.trim() ? { note: text.trim().replace(/[。.]$/, '') } : {}),
  };
}

// Reads are harmless to repeat; the method name or the 查询 title says which methods only read.
const READ_NAME = /^(query|search|get|calc|batchCalc|pickListOverview|stockDetailSearch)/i;

export function isIdempotent(method: string, title: string, paged: boolean): boolean {
  return paged || READ_NAME.test(method.split('.').pop() ?? '') || /查询$/.test(title);
}

const SPAN_MS: Record<string, number> = { min: 60_000, h: 3_600_000, d: 86_400_000 };

/** The page's request example asks for a wider window than the page allows (the server would refuse it). */
function exampleExceedsSpan(request: readonly unknown[] | undefined, window: NonNullable<MethodSpec['timeWindow']>): string | undefined {
  const params = request?.[0] as Record<string, unknown> | undefined;
  const span = /^(\d+)(min|h|d)$/.exec(window.maxSpan ?? '');
  if (!params || !span || typeof params[window.start] !== 'string' || typeof params[window.end] !== 'string') return undefined;
  const [start, end] = [params[window.start], params[window.end]].map((text) => Date.parse(`${(text as string).replace(' ', 'T')}Z`));
  if (Number.isNaN(start) || Number.isNaN(end) || end! - start! <= Number(span[1]) * SPAN_MS[span[2]!]!) return undefined;
  return `The page's request example asks for ${params[window.start] as string} .. ${params[window.end] as string}, wider than the documented ${window.maxSpan}; the server refuses it.`;
}

/** `page_size 最大 1000` and similar → 1000. */
function maxPageSizeOf(texts: readonly string[]): number | undefined {
  for (const text of texts) {
    const match = /page_?size[^0-9]{0,16}?(?:最大|不超过|不能超过|上限|最多|<=|≤)[^0-9]{0,6}(\d+)/i.exec(unescapeMarkdown(text));
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * Drafts the spec of one method from its page. Every place where the page contradicts itself, or
 * where the draft had to choose, is listed in docIssues for the reviewer.
 */
export function draftSpec(page: DocPage, catalog: CatalogEntry | undefined): MethodSpec {
  const drafted = draftArgs(page, catalog?.paged);
  const returns = draftReturns(page);
  const issues = [...page.argTables, ...page.responseTables, ...(page.args ? [page.args] : []), ...(page.response ? [page.response] : [])]
    .flatMap((table) => table.defects.map((defect) => `Table \`${table.heading ?? '(first)'}\`: ${defect}.`));
  issues.push(...drafted.issues, ...returns.issues);
  if (catalog && catalog.paged !== drafted.paged) issues.push(`catalog.md says ${catalog.paged ? '' : 'not '}paged; the page's pager argument says otherwise.`);

  const title = page.title || catalog?.title || page.method;
  const { intro } = page;
  const spec: MethodSpec = {
    method: page.method,
    title,
    ...(intro.description ? { description: intro.description } : {}),
    ...(catalog?.category ? { category: catalog.category } : {}),
    ...(page.docUrl ? { docUrl: page.docUrl } : {}),
    ...(intro.minClientVersion ? { minClientVersion: intro.minClientVersion } : {}),
    ...(intro.incremental !== undefined ? { incremental: intro.incremental } : {}),
    ...(intro.permission && intro.permission !== '无' ? { permission: intro.permission } : {}),
    ...(intro.notes.length > 0 ? { notes: intro.notes } : {}),
    idempotent: isIdempotent(page.method, title, drafted.paged),
    paged: false,
    args: drafted.args,
    returns: returns.returns,
  };
  if (drafted.paged) {
    const paging = pagingOf(returns.returns, returns, issues);
    const maxPageSize = maxPageSizeOf([intro.description ?? '', ...intro.notes]);
    spec.paged = { ...paging, ...(maxPageSize ? { maxPageSize } : {}) };
  }
  const timeWindow = timeWindowOf(intro.timeSpan, drafted.args, issues);
  if (timeWindow) {
    spec.timeWindow = timeWindow;
    const tooWide = exampleExceedsSpan(drafted.request, timeWindow);
    if (tooWide) issues.push(tooWide);
  }
  const examples: NonNullable<MethodSpec['examples']> = {};
  if (drafted.request) examples.request = drafted.request;
  if (returns.response) examples.response = returns.response;
  if (returns.error) {
    examples.error = returns.error;
    // The page's error example is a documented error; the reviewer says when it happens.
    spec.errors = [{ status: returns.error.status, message: returns.error.message, when: '页面的异常示例' }];
  }
  if (Object.keys(examples).length > 0) spec.examples = examples;
  if (issues.length > 0) spec.docIssues = issues;
  return spec;
}
