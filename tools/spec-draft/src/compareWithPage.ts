import { draftArgs } from './draftArgs.ts';
import { returnsFromTables } from './draftReturns.ts';
import { draftSpec } from './draftSpec.ts';
import { isRequired, TablePool } from './fieldSchemas.ts';
import { fieldTree, type FieldNode } from './fieldTree.ts';
import type { DocPage } from './parsePage.ts';
import type { CatalogEntry } from './readCatalog.ts';
import type { Deviation, DeviationKind, MethodSpec } from './specTypes.ts';

export type { DeviationKind };

/** One way a spec differs from its page. */
export interface Difference {
  kind: DeviationKind;
  /** Where, in the spec's terms (`data.order[].trade_no`); undefined for the method's own keys. */
  path: string | undefined;
  /** What the page says, as text ('' for nothing). */
  page: string;
  /** What the spec says. */
  spec: string;
}

/** A spec compared with its page: what was compared, every difference and the deviation that explains it. */
export interface Comparison {
  method: string;
  /** How many request and response fields the page documents, and the spec has. */
  fields: { page: number; spec: number };
  /** The method-level facts compared (title, paged …). */
  facts: string[];
  explained: { difference: Difference; deviation: Deviation }[];
  unexplained: Difference[];
  /** Recorded deviations that explain no difference (stale: the spec was fixed, or the reason is wrong). */
  unused: Deviation[];
}

/** The page's own tree: the arguments and data as its tables alone describe them (no example applied). */
export function pageFieldTree(page: DocPage, catalog: CatalogEntry | undefined): Map<string, FieldNode> {
  const { args } = draftArgs({ ...page, requestExample: undefined }, catalog?.paged);
  // The drafter makes an optional argument before a required one required (positions cannot be
  // skipped); the page's own 必须 is what a spec is compared with.
  for (const arg of args) {
    const row = page.args?.fields.find((field) => field.name === arg.name);
    if (row) arg.required = isRequired(row);
  }
  const returns = returnsFromTables(page, { pool: new TablePool(page.responseTables), issues: [] });
  return fieldTree(args, returns);
}

const parentOf = (path: string) => path.replace(/(\.[^.[\]{}]+|\[\]|\{\})$/, '');
const segments = (path: string) => path.split(/(?=\.|\[\]|\{\})/);
const commonSuffix = (a: string, b: string) => {
  const [x, y] = [segments(a).reverse(), segments(b).reverse()];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
};

/**
 * Pairs every page field with its spec field: at the same path, else under the counterpart of its
 * parent, else (moved to another level) the unpaired spec field of the same name whose path ends most
 * like it. Returns page path → spec path; page fields without a counterpart are absent.
 */
function pairFields(pageNodes: Map<string, FieldNode>, specNodes: Map<string, FieldNode>): Map<string, string> {
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  const byName = new Map<string, FieldNode[]>();
  for (const node of specNodes.values()) byName.set(node.name, [...(byName.get(node.name) ?? []), node]);
  for (const path of pageNodes.keys()) {
    if (specNodes.has(path)) {
      pairs.set(path, path);
      taken.add(path);
    }
  }
  for (const [path, node] of pageNodes) {
    if (pairs.has(path)) continue;
    const parent = pairs.get(parentOf(path));
    const underParent = parent === undefined ? undefined : `${parent}${path.slice(parentOf(path).length)}`;
    if (underParent !== undefined && specNodes.has(underParent) && !taken.has(underParent)) {
      pairs.set(path, underParent);
      taken.add(underParent);
      continue;
    }
    // A list's items or a map's values have no name of their own: they pair only through their parent.
    if (node.name === '[]' || node.name === '{}') continue;
    const candidates = (byName.get(node.name) ?? []).filter((candidate) => !taken.has(candidate.path) && !pageNodes.has(candidate.path));
    const best = candidates.sort((a, b) => commonSuffix(b.path, path) - commonSuffix(a.path, path))[0];
    if (best) {
      pairs.set(path, best.path);
      taken.add(best.path);
    }
  }
  return pairs;
}

const FORMAT_WORDS = /(格式\s*[:：]?\s*)?y{4}-MM-dd(\s*HH:mm(:ss)?)?(\s*格式)?|毫秒级?时间戳|[（(]?时间格式[）)]?/gi;
// What carries meaning in a text: letters, digits, CJK and the operators of formulas (`share_price*num`);
// `=` separates codes from labels as often as it states a formula, and is left out.
const meaningful = (text: string) => text.toLowerCase().replace(/×/g, '*').replace(/[^\p{L}\p{N}*+%<>]/gu, '');
// Links and their prompts (`[库存查询](https://…)`, `单击这里`, `点击链接查看`) point elsewhere; a spec need not keep them.
const withoutLinks = (text: string) => text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/https?:\/\/\S+/g, '').replace(/[，,]?\s*(单击|点击)(这里|链接查看|查看)/g, '').replace(/^\s*接口描述\s*[:：]/, '');
const bigrams = (text: string) => Array.from({ length: Math.max(text.length - 1, 0) }, (_, i) => text.slice(i, i + 2));

/**
 * Whether `other` keeps what `text` says, in other words allowed: every operator of `text` is in it
 * and at least half of its character pairs are (a rewording keeps most; a dropped or replaced
 * sentence does not).
 */
export function keepsText(text: string, other: string): boolean {
  const [source, target] = [meaningful(withoutLinks(text)), meaningful(other)];
  if (source === '' || target.includes(source)) return true;
  if ([...source].some((char) => '*+%<>'.includes(char) && !target.includes(char))) return false;
  const pairs = bigrams(source);
  const present = new Set(bigrams(target));
  return pairs.length > 0 && pairs.filter((pair) => present.has(pair)).length / pairs.length >= 0.5;
}

/**
 * The spec's enum is the code list of the page's description: every code with its label appears
 * there, and every code the description gives a label (`10=已取消`, `1：是`) is in the enum.
 */
function enumListedIn(node: FieldNode, description: string): boolean {
  if (node.enumLabels === undefined) return false;
  const text = meaningful(description);
  const codes = (node.enum ?? '').split(',');
  const listed = [...description.matchAll(/(?<=^|[\s;；,，、:：(（])(-?\d+)\s*[:：=、.．]?\s*(?=[\u4e00-\u9fa5])/g)].map((match) => match[1]!);
  return codes.every((code) => text.includes(meaningful(code))) && Object.values(node.enumLabels).every((label) => keepsText(label, description)) && listed.every((code) => codes.includes(code));
}
const withoutTitle = (text: string | undefined, title: string | undefined) => {
  if (text === undefined || !title || text.trim() === title.trim() || !text.startsWith(title)) return text;
  return text.slice(title.length).replace(/^[\s:：,，;；、]+/, '');
};
const show = (value: unknown) => (value === undefined ? '' : String(value));
const labelOf = (text: string | undefined, title: string | undefined) => (text === undefined || text.trim() === '' || text.trim() === title?.trim() ? undefined : text.trim());

function fieldDifferences(pageNodes: Map<string, FieldNode>, specNodes: Map<string, FieldNode>): Difference[] {
  const differences: Difference[] = [];
  const pairs = pairFields(pageNodes, specNodes);
  const paired = new Set(pairs.values());
  // Where a page field belongs in the spec's terms: under the counterpart of its parent (top-level fields stay where they are).
  const expectedPath = (pagePath: string) => {
    const parentPath = parentOf(pagePath);
    if (parentPath === pagePath || !pageNodes.has(parentPath)) return pagePath;
    const parent = pairs.get(parentPath);
    return parent === undefined ? undefined : `${parent}${pagePath.slice(parentPath.length)}`;
  };
  for (const [pagePath, pageNode] of pageNodes) {
    const specPath = pairs.get(pagePath);
    const expected = expectedPath(pagePath);
    if (specPath === undefined) {
      // A field missing under a missing parent is part of that one difference; a wrapper whose fields
      // the spec has elsewhere moved (the nesting difference of those fields says where).
      const contentMoved = [...pairs.keys()].some((paired) => paired.startsWith(pagePath) && /^[.[{]/.test(paired.slice(pagePath.length)));
      if (expected !== undefined && !contentMoved) differences.push({ kind: 'missing', path: expected, page: pagePath, spec: '' });
      continue;
    }
    const specNode = specNodes.get(specPath)!;
    if (specPath !== expected) differences.push({ kind: 'nesting', path: specPath, page: pagePath, spec: specPath });
    const compare = (kind: DeviationKind, page: unknown, spec: unknown) => {
      if (show(page) !== show(spec)) differences.push({ kind, path: specPath, page: show(page), spec: show(spec) });
    };
    compare('type', pageNode.type, specNode.type);
    compare('required', pageNode.required, specNode.required);
    // An enum the page lists in a description the drafter cannot read (a code per line, labels first …) is the page's.
    const listedInDescription = pageNode.enum === undefined && specNode.enum !== undefined && enumListedIn(specNode, pageNode.description ?? '');
    if (!listedInDescription) compare('enum', pageNode.enum, specNode.enum);
    // A spec that widens a string (epoch milliseconds, a list) drops its length with it: the type difference says so.
    // A spec that widens a string (epoch milliseconds, a list) drops its length with it: the type
    // difference says so. A datetime or date string may keep the page's length or leave it to its format.
    const lengthLeftToFormat = specNode.maxLength === undefined && specNode.format !== undefined && specNode.format !== 'decimal';
    if (specNode.type === pageNode.type && !lengthLeftToFormat) compare('maxLength', pageNode.maxLength, specNode.maxLength);
    compare('title', pageNode.title?.trim(), specNode.title?.trim());
    // The spec may say more than the page, and say it in other words, but it keeps what the page says.
    // A description that opens with the field's title (`扫描时间<br>yyyy-MM-dd HH:mm:ss格式`) says the rest.
    // A spec with a format says the format there, not in words (`yyyy-MM-dd HH:mm:ss格式`).
    const described = withoutTitle(pageNode.description, pageNode.title);
    const pageDescription = labelOf(specNode.format ? described?.replace(FORMAT_WORDS, '') : described, pageNode.title);
    const codeList = Object.entries(specNode.enumLabels ?? {}).map(([code, label]) => `${code}${label}`).join(' ');
    const specText = [specNode.description, codeList].filter(Boolean).join('\n');
    if (pageDescription !== undefined && !keepsText(pageDescription, specText)) {
      differences.push({ kind: 'description', path: specPath, page: pageDescription, spec: labelOf(specNode.description, specNode.title) ?? '' });
    }
  }
  for (const [specPath] of specNodes) {
    if (paired.has(specPath)) continue;
    // Only the top of an added subtree is a difference; what it holds comes with it.
    if (!paired.has(parentOf(specPath)) && specNodes.has(parentOf(specPath)) && parentOf(specPath) !== specPath) continue;
    differences.push({ kind: 'extra', path: specPath, page: '', spec: specPath });
  }
  return differences;
}

const windowText = (window: MethodSpec['timeWindow']) => (window ? `${window.start}..${window.end}` : '');

function methodDifferences(spec: MethodSpec, drafted: MethodSpec, page: DocPage): Difference[] {
  const differences: Difference[] = [];
  const compare = (kind: DeviationKind, pageValue: unknown, specValue: unknown) => {
    if (show(pageValue) !== show(specValue)) differences.push({ kind, path: undefined, page: show(pageValue), spec: show(specValue) });
  };
  compare('title', drafted.title, spec.title);
  if (!keepsText(drafted.description ?? '', spec.description ?? '')) compare('description', drafted.description, spec.description);
  compare('paged', drafted.paged !== false, spec.paged !== false);
  if (drafted.paged !== false && spec.paged !== false) {
    compare('paged', `listKey ${show(drafted.paged.listKey ?? 'data')}`, `listKey ${show(spec.paged.listKey ?? 'data')}`);
    compare('total', drafted.paged.total, spec.paged.total);
  }
  compare('timeWindow', windowText(drafted.timeWindow), windowText(spec.timeWindow));
  compare('maxSpan', drafted.timeWindow?.maxSpan, spec.timeWindow?.maxSpan);
  compare('incremental', drafted.incremental, spec.incremental);
  // Every rule the page states is among the spec's notes, in the page's words or others; the spec may add rules.
  // A note's 【权限校验】 clause is the spec's permission.
  const specNotes = [...(spec.notes ?? []), ...(typeof spec.deprecated === 'string' ? [spec.deprecated] : [])].join('\n');
  const permissionClause = spec.permission === undefined ? undefined : new RegExp(`【?\\s*权限校验\\s*】?\\s*[：:]?\\s*${spec.permission.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  for (const pageNote of drafted.notes ?? []) {
    // Section numbers and list marks (`1.5.1`, `③`, `- `) are the page's layout, not the rule.
    const note = (permissionClause ? pageNote.replace(permissionClause, '') : pageNote).replace(/^[\s\-–•]*(\d+(\.\d+)*|[①-⑩]|[（(]\d+[）)])?\s*/, '');
    if (!(spec.notes ?? []).some((specNote) => keepsText(note, specNote)) && !keepsText(note, specNotes)) differences.push({ kind: 'notes', path: undefined, page: pageNote, spec: '' });
  }
  const error = page.errorExample?.value as { status?: unknown; message?: unknown } | undefined;
  if (typeof error?.status === 'number' && error.status > 0 && typeof error.message === 'string') {
    const documented = `${error.status} ${error.message}`;
    const listed = (spec.errors ?? []).some((entry) => entry.status === error.status && entry.message === error.message);
    if (!listed) differences.push({ kind: 'errors', path: undefined, page: documented, spec: (spec.errors ?? []).map((entry) => `${entry.status} ${entry.message}`).join('; ') });
    const example = spec.examples?.error;
    if (!example || example.status !== error.status || example.message !== error.message) differences.push({ kind: 'errors', path: undefined, page: `example ${documented}`, spec: example ? `example ${example.status} ${example.message}` : '' });
  }
  return differences;
}

const covers = (deviationPath: string | undefined, differencePath: string | undefined) =>
  deviationPath === differencePath || (deviationPath !== undefined && differencePath !== undefined && differencePath.startsWith(deviationPath) && /^[.[{]/.test(differencePath.slice(deviationPath.length)));

/** Every recorded deviation of a spec with the path it covers: its field's, or the one it names. */
export function recordedDeviations(spec: MethodSpec): { path: string | undefined; deviation: Deviation }[] {
  const recorded: { path: string | undefined; deviation: Deviation }[] = [];
  for (const node of fieldTree(spec.args, spec.returns).values()) for (const deviation of node.deviations) recorded.push({ path: node.path, deviation });
  for (const deviation of spec.deviations ?? []) recorded.push({ path: deviation.path, deviation });
  return recorded;
}

/**
 * A spec against its page, as trees: every request and response field's presence, level, type,
 * required flag, enum, maxLength, title and description, and the method's title, description, paging
 * (list and total), time window and span, incremental flag, notes and documented error. Each
 * difference is explained by a deviation of the same kind recorded at its path or above it.
 */
export function compareWithPage(spec: MethodSpec, page: DocPage, catalog: CatalogEntry | undefined): Comparison {
  const pageNodes = pageFieldTree(page, catalog);
  const specNodes = fieldTree(spec.args, spec.returns);
  const drafted = draftSpec(page, catalog);
  const differences = [...methodDifferences(spec, drafted, page), ...fieldDifferences(pageNodes, specNodes)];
  // The deviation nearest the difference explains it (a field's own before an enclosing one's).
  const recorded = recordedDeviations(spec).sort((a, b) => (b.path?.length ?? -1) - (a.path?.length ?? -1));
  const used = new Set<Deviation>();
  const comparison: Comparison = {
    method: spec.method,
    fields: { page: pageNodes.size, spec: specNodes.size },
    facts: ['title', 'description', 'paged', ...(drafted.paged !== false || spec.paged !== false ? ['total'] : []), 'timeWindow', 'maxSpan', 'incremental', 'notes', 'errors'],
    explained: [],
    unexplained: [],
    unused: [],
  };
  for (const difference of differences) {
    // A deviation without a reason (a kind alone on a field without x-note) explains nothing.
    const match = recorded.find(({ path, deviation }) => deviation.kind === difference.kind && deviation.reason.trim() !== '' && covers(path, difference.path));
    if (match) {
      used.add(match.deviation);
      comparison.explained.push({ difference, deviation: match.deviation });
    } else {
      comparison.unexplained.push(difference);
    }
  }
  comparison.unused = recorded.map(({ deviation }) => deviation).filter((deviation) => !used.has(deviation));
  return comparison;
}

export const describeDifference = (difference: Difference) =>
  `${difference.kind}${difference.path === undefined ? '' : ` at ${difference.path}`}: page ${JSON.stringify(difference.page)}, spec ${JSON.stringify(difference.spec)}`;
