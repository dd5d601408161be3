// The conformance check (compareWithPage + the idempotency rule) proves itself on wrong specs: each row
// of the table makes one kind of single change to a spec, in memory, the way a careless edit or a
// drafter bug would (a required flag, a type or enum of a field the examples do not exercise, a length,
// a field moved to another level or deleted where its name lives on elsewhere, the paging, the span,
// idempotency, notes, errors, descriptions, titles), to several specs; the check must catch the change.
// Targets are chosen where the spec records no deviation of that kind (a recorded deviation explains
// its field by design). Needs the mirrored pages, like conformance.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareWithPage, keepsText, pageFieldTree, recordedDeviations, type DeviationKind } from './compareWithPage.ts';
import { findDocsMirror, specsDir } from './docPaths.ts';
import { yamlPathOf } from './editSpecText.ts';
import { fieldTree, type FieldNode } from './fieldTree.ts';
import { parsePage, type DocPage } from './parsePage.ts';
import { readCatalog, type CatalogEntry } from './readCatalog.ts';
import { repeatRuleIssues } from './repeatRule.ts';
import type { FieldSchema, MethodSpec } from './specTypes.ts';

const mirror = findDocsMirror();

// Several specs of every shape: paged queries with windows and nested lists, writes with nested
// arguments, a page whose example nests its result, one with notes and a documented error.
const TARGETS = [
  'wms.stockin.PreStockin.search',
  'sales.TradeQuery.queryWithDetail',
  'wms.stockout.Sales.queryWithDetail',
  'aftersales.refund.Refund.search',
  'goods.Goods.push',
  'sales.RawTrade.pushSelf2',
  'purchase.PurchaseOrder.createOrder',
  'wms.stockout.SalesPick.pickListOverviewForApi',
  'wms.stockout.Pack.search',
  'setting.OperationReason.search',
];

interface Target {
  spec: MethodSpec;
  page: DocPage;
  catalog: CatalogEntry | undefined;
}

/** Changes `spec` in place; returns what it changed, or undefined when the spec has nothing to change. */
type Mutation = (spec: MethodSpec, target: Target) => string | undefined;

const clone = <T>(value: T): T => structuredClone(value);

function nodeSchema(spec: MethodSpec, path: string): { schema: FieldSchema; labels: { title?: string; description?: string; required?: boolean } } {
  const { schema, labels } = yamlPathOf(spec, path);
  const walk = (keys: (string | number)[]) => keys.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], spec);
  return { schema: walk(schema) as FieldSchema, labels: walk(labels) as { title?: string; description?: string; required?: boolean } };
}

const parentPath = (path: string) => path.replace(/(\.[^.[\]{}]+|\[\]|\{\})$/, '');

/**
 * The spec's fields that the page documents at the same path and whose `kind` no recorded deviation
 * explains, in document order: a change there is a change against the page.
 */
function freeNodes(spec: MethodSpec, kind: DeviationKind, target: Target): FieldNode[] {
  const documented = pageFieldTree(target.page, target.catalog);
  const recorded = recordedDeviations(spec).filter((entry) => [kind, 'extra', 'nesting'].includes(entry.deviation.kind) && entry.path !== undefined);
  const covered = (path: string) => recorded.some(({ path: at }) => path === at || (path.startsWith(at!) && /^[.[{]/.test(path.slice(at!.length))));
  return [...fieldTree(spec.args, spec.returns).values()].filter((node) => node.name !== '[]' && node.name !== '{}' && documented.has(node.path) && !covered(node.path));
}

/** The values the page's examples show at each path, to find fields they leave out or show neutral (0, '', null). */
function exampleValues(spec: MethodSpec): Map<string, unknown[]> {
  const values = new Map<string, unknown[]>();
  const visit = (value: unknown, path: string) => {
    values.set(path, [...(values.get(path) ?? []), value]);
    if (Array.isArray(value)) for (const item of value) visit(item, `${path}[]`);
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
  };
  spec.examples?.request?.forEach((value, i) => spec.args[i] && visit(value, `args.${spec.args[i]!.name}`));
  visit((spec.examples?.response as { data?: unknown } | undefined)?.data, 'data');
  return values;
}
const neutralOrAbsent = (spec: MethodSpec, path: string) => (exampleValues(spec).get(path) ?? []).every((value) => value === undefined || value === null || value === 0 || value === '');
const firstNode = (spec: MethodSpec, kind: DeviationKind, target: Target, where: (node: FieldNode) => boolean) => freeNodes(spec, kind, target).find(where);

const MUTATIONS: [string, Mutation][] = [
  ['request field made optional', (spec, target) => {
    const node = firstNode(spec, 'required', target, (n) => n.path.startsWith('args.') && n.required && n.path.split('.').length > 2);
    if (!node) return undefined;
    const { schema } = nodeSchema(spec, parentPath(node.path));
    schema.required = schema.required!.filter((name) => name !== node.name);
    return node.path;
  }],
  ['response field made required', (spec, target) => {
    const node = firstNode(spec, 'required', target, (n) => n.path.startsWith('data.') && !n.required);
    if (!node) return undefined;
    const { schema } = nodeSchema(spec, parentPath(node.path));
    schema.required = [...(schema.required ?? []), node.name];
    return node.path;
  }],
  ['type of a field the examples leave out or show neutral', (spec, target) => {
    const node = firstNode(spec, 'type', target, (n) => (n.type === 'integer' || n.type === 'string') && neutralOrAbsent(spec, n.path));
    if (!node) return undefined;
    nodeSchema(spec, node.path).schema.type = node.type === 'integer' ? 'string' : 'integer';
    return node.path;
  }],
  ['enum with a code dropped', (spec, target) => {
    const node = firstNode(spec, 'enum', target, (n) => n.enum !== undefined && n.enum.split(',').length > 1);
    if (!node) return undefined;
    const { schema } = nodeSchema(spec, node.path);
    schema.enum = schema.enum!.slice(0, -1);
    return node.path;
  }],
  ['enum on a field whose page lists no codes', (spec, target) => {
    const node = firstNode(spec, 'enum', target, (n) => n.enum === undefined && n.type === 'integer' && neutralOrAbsent(spec, n.path));
    if (!node) return undefined;
    nodeSchema(spec, node.path).schema.enum = [0, 1];
    return node.path;
  }],
  ['maxLength changed', (spec, target) => {
    const node = firstNode(spec, 'maxLength', target, (n) => n.maxLength !== undefined);
    if (!node) return undefined;
    nodeSchema(spec, node.path).schema.maxLength = node.maxLength! + 10;
    return node.path;
  }],
  ['field moved to the enclosing object', (spec, target) => {
    // The nearest object above the field's own object (skipping lists): data.order[].x → data.x.
    const enclosing = (path: string) => {
      let at = parentPath(parentPath(path));
      while (at !== parentPath(at) && !nodeSchema(spec, at).schema.properties) at = parentPath(at);
      return nodeSchema(spec, at).schema.properties ? at : undefined;
    };
    const node = firstNode(spec, 'nesting', target, (n) => n.path.startsWith('data.') && n.path.split('.').length > 2 && enclosing(n.path) !== undefined && !(n.name in (nodeSchema(spec, enclosing(n.path)!).schema.properties ?? {})));
    if (!node) return undefined;
    const from = nodeSchema(spec, parentPath(node.path)).schema;
    nodeSchema(spec, enclosing(node.path)!).schema.properties![node.name] = from.properties![node.name]!;
    delete from.properties![node.name];
    from.required = from.required?.filter((name) => name !== node.name);
    return node.path;
  }],
  ['field deleted whose name lives on elsewhere', (spec, target) => {
    const nodes = [...fieldTree(spec.args, spec.returns).values()];
    const node = firstNode(spec, 'missing', target, (n) => n.path.split('.').length > 2 && nodes.some((other) => other !== n && other.name === n.name));
    if (!node) return undefined;
    const { schema } = nodeSchema(spec, parentPath(node.path));
    delete schema.properties![node.name];
    schema.required = schema.required?.filter((name) => name !== node.name);
    return node.path;
  }],
  ['paged flag flipped', (spec) => {
    if (spec.paged === false) spec.paged = { listKey: null, total: 'total' };
    else spec.paged = false;
    return 'paged';
  }],
  ['total looked for in the other place', (spec) => {
    if (spec.paged === false) return undefined;
    spec.paged.total = spec.paged.total === 'total' ? 'data.total_count' : 'total';
    return 'paged.total';
  }],
  ['maxSpan widened', (spec) => {
    if (!spec.timeWindow?.maxSpan || recordedDeviations(spec).some(({ deviation }) => deviation.kind === 'maxSpan')) return undefined;
    spec.timeWindow.maxSpan = spec.timeWindow.maxSpan.replace(/^\d+/, (n) => String(Number(n) * 2));
    return 'timeWindow.maxSpan';
  }],
  ['idempotency flipped', (spec) => {
    spec.idempotent = !spec.idempotent;
    return 'idempotent';
  }],
  ['the note holding a rule of the page dropped', (spec, { page }) => {
    if (recordedDeviations(spec).some(({ deviation }) => deviation.kind === 'notes')) return undefined;
    for (const rule of page.intro.notes) {
      const holding = (spec.notes ?? []).filter((note) => keepsText(rule, note));
      if (holding.length !== 1) continue;
      spec.notes = spec.notes!.filter((note) => note !== holding[0]);
      return `notes: ${holding[0]!.slice(0, 20)}…`;
    }
    return undefined;
  }],
  ['documented error changed', (spec, { page }) => {
    const error = page.errorExample?.value as { status?: number; message?: string } | undefined;
    const entry = spec.errors?.find((candidate) => candidate.status === error?.status && candidate.message === error?.message);
    if (!entry) return undefined;
    entry.status += 1;
    return 'errors';
  }],
  ['description losing its asterisk or its words', (spec, target) => {
    const documented = pageFieldTree(target.page, target.catalog);
    const node = firstNode(spec, 'description', target, (n) => {
      const onPage = documented.get(n.path)!;
      return n.description !== undefined && (onPage.description ?? '').replace(/\s/g, '').length >= 4 && onPage.description !== onPage.title;
    });
    if (!node) return undefined;
    const { labels } = nodeSchema(spec, node.path);
    labels.description = labels.description!.includes('*') ? labels.description!.replace(/\*/g, '') : `${[...labels.description!].slice(0, 2).join('')}见说明`;
    return node.path;
  }],
  ['field title changed', (spec, target) => {
    const node = firstNode(spec, 'title', target, (n) => n.title !== undefined && n.path.split('.').length > 2);
    if (!node) return undefined;
    nodeSchema(spec, node.path).labels.title = `${node.title}（新）`;
    return node.path;
  }],
  ['method title changed', (spec) => {
    spec.title = `${spec.title}接口`;
    return 'title';
  }],
];

/** The check: differences the spec does not explain, and breaks of the idempotency rule. */
const problems = ({ spec, page, catalog }: Target) => [...compareWithPage(spec, page, catalog).unexplained.map((d) => d.kind), ...repeatRuleIssues(spec)];

describe.skipIf(mirror === undefined)('the conformance check catches single wrong changes to specs', () => {
  const catalogFile = join(mirror ?? '', 'catalog.md');
  const catalog = mirror !== undefined && existsSync(catalogFile) ? readCatalog(readFileSync(catalogFile, 'utf8')) : new Map<string, CatalogEntry>();
  const targets: Target[] = mirror === undefined ? [] : TARGETS.map((method) => ({
    spec: parse(readFileSync(join(specsDir, `${method}.yaml`), 'utf8')) as MethodSpec,
    page: parsePage(readFileSync(join(mirror, 'pages', `${method}.md`), 'utf8'), `${method}.md`),
    catalog: catalog.get(method),
  }));

  it('passes the specs as committed (the mutations start from a clean check)', () => {
    expect(Object.fromEntries(targets.map((target) => [target.spec.method, problems(target)] as const).filter(([, found]) => found.length > 0))).toEqual({});
  });

  const results = new Map<string, { applied: string[]; missed: string[] }>();
  it.each(MUTATIONS)('%s', (kind, mutate) => {
    const applied: string[] = [];
    const missed: string[] = [];
    for (const target of targets) {
      const spec = clone(target.spec);
      const where = mutate(spec, target);
      if (where === undefined) continue;
      applied.push(`${target.spec.method} ${where}`);
      if (problems({ ...target, spec }).length === 0) missed.push(`${target.spec.method} ${where}`);
    }
    results.set(kind, { applied, missed });
    // Every kind is tried on several specs, and caught on each of them.
    expect(applied.length).toBeGreaterThanOrEqual(2);
    expect(missed, `missed: ${missed.join("; ")}`).toEqual([]);
  });

  it('catches at least 11 of every 12 single changes over the whole table (≥ 12 kinds)', () => {
    const applied = [...results.values()].reduce((sum, result) => sum + result.applied.length, 0);
    const missed = [...results.values()].reduce((sum, result) => sum + result.missed.length, 0);
    expect(results.size).toBeGreaterThanOrEqual(12);
    expect(applied).toBeGreaterThanOrEqual(12 * 2);
    expect((applied - missed) / applied).toBeGreaterThanOrEqual(11 / 12);
  });
});
