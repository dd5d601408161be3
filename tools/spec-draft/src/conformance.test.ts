// Every official page against its spec: the page's own request and success examples must be valid
// under the spec, and the spec matches its page as a tree (compareWithPage.ts) but where it records a
// deviation with its reason. Each check runs over the whole catalog and a failure lists every
// mismatching page with all of its mismatches. specs/CONFORMANCE.md, the report of it, must be current.
//
// The pages are the mirrored official docs, which are not part of the repository (docPaths.ts): without
// a mirror these checks are skipped, and one line says so.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateArgs, validateValue, type ArgSpec, type FieldSchema } from '@wdt-kit/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareCatalog, readCatalogPages } from './compareCatalog.ts';
import { compareWithPage, describeDifference } from './compareWithPage.ts';
import { draftSpec } from './draftSpec.ts';
import { readCatalog } from './readCatalog.ts';
import { conformanceReport } from './conformanceReport.ts';
import { findDocsMirror, howToProvideMirror, specsDir } from './docPaths.ts';
import { requestBody } from './draftArgs.ts';
import type { DocPage } from './parsePage.ts';
import type { MethodSpec } from './specTypes.ts';

const mirror = findDocsMirror();
if (mirror === undefined) console.info(`spec conformance skipped: no mirror of the official doc pages (${howToProvideMirror})`);

const catalogPages = mirror === undefined ? [] : readCatalogPages(mirror);
const pages = catalogPages.map(({ page }) => page);
const comparisons = mirror === undefined ? [] : compareCatalog(mirror, catalogPages);

const specFile = (method: string) => join(specsDir, `${method}.yaml`);
const loadSpec = (method: string) => parse(readFileSync(specFile(method), 'utf8')) as MethodSpec;
const describeIssue = (issue: { path: string; message: string }) => `${issue.path} ${issue.message}`;
const docIssuesOf = (spec: MethodSpec) => (spec.docIssues ?? []).join('\n');

/** The mismatches of every page that has any, by method: `{}` when every page passes. */
function mismatchesByPage(check: (page: DocPage, spec: MethodSpec) => string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const page of pages) {
    const mismatches = check(page, loadSpec(page.method));
    if (mismatches.length > 0) found[page.method] = mismatches;
  }
  return found;
}

describe.skipIf(mirror === undefined)('every official page against its spec', () => {
  it('covers the whole official menu (179 pages), each with a spec', () => {
    expect(pages.length).toBe(179);
    expect(pages.filter((page) => !existsSync(specFile(page.method))).map((page) => page.method)).toEqual([]);
  });

  it('accepts the page\'s request example, or the spec\'s docIssues say the page has no usable one', () => {
    expect(mismatchesByPage((page, spec) => {
      const body = requestBody(page.requestExample, spec.paged !== false, []);
      if (body === undefined) return /request example/.test(docIssuesOf(spec)) ? [] : ['no usable request example, and docIssues do not say so'];
      return validateArgs(body, spec.args as unknown as ArgSpec[]).map(describeIssue);
    })).toEqual({});
  });

  it('accepts the page\'s success response example, or the spec\'s docIssues say the page has no usable one', () => {
    expect(mismatchesByPage((page, spec) => {
      const envelope = page.successExample?.value as { status?: unknown; data?: unknown } | undefined;
      if (envelope?.status !== 0) return /success (response )?example/.test(docIssuesOf(spec)) ? [] : ['no usable success example, and docIssues do not say so'];
      if (envelope.data === undefined || envelope.data === null) return [];
      if (spec.returns === null) return ['the example returns data, the spec returns null'];
      // `required` on returns records the page's 必须, which the pages' abbreviated examples often do not
      // meet; the generator types a field required only where the example shows it (specs/README.md).
      return validateValue(envelope.data, spec.returns as unknown as FieldSchema, 'data').filter((issue) => issue.rule !== 'required').map(describeIssue);
    })).toEqual({});
  });

  it('matches its page as a tree (fields by path, types, required, enums, lengths, titles, paging, window, notes, errors), or records why not', () => {
    const unexplained = Object.fromEntries(comparisons.filter((c) => c.unexplained.length > 0).map((c) => [c.method, c.unexplained.map(describeDifference)]));
    expect(unexplained).toEqual({});
  });

  it('drafts every page into a spec the check passes: the drafter records each choice it makes as a deviation', () => {
    const catalogFile = join(mirror!, 'catalog.md');
    const catalog = existsSync(catalogFile) ? readCatalog(readFileSync(catalogFile, 'utf8')) : new Map();
    const unexplained = Object.fromEntries(pages.map((page) => [page.method, compareWithPage(draftSpec(page, catalog.get(page.method)), page, catalog.get(page.method)).unexplained.map(describeDifference)] as const).filter(([, found]) => found.length > 0));
    expect(unexplained).toEqual({});
  });

  it('records no deviation that explains nothing (a fixed spec drops its deviation)', () => {
    const unused = Object.fromEntries(comparisons.filter((c) => c.unused.length > 0).map((c) => [c.method, c.unused.map((d) => `${d.kind}: ${d.reason || '(no reason: a kind alone needs the field\'s x-note)'}`)]));
    expect(unused).toEqual({});
  });

  it('has a current specs/CONFORMANCE.md (node tools/spec-draft/bin/wdt-spec-draft.mjs --conformance-report rewrites it)', () => {
    expect(readFileSync(join(specsDir, 'CONFORMANCE.md'), 'utf8')).toBe(conformanceReport(comparisons));
  });

  it('pages over a list the spec describes, where the page\'s example has it', () => {
    expect(mismatchesByPage((page, spec) => {
      if (spec.paged === false) return [];
      const mismatches: string[] = [];
      if (spec.paged.listKey !== null && !Object.keys(spec.returns?.properties ?? {}).includes(spec.paged.listKey)) {
        mismatches.push(`returns has no ${spec.paged.listKey}, the list the spec pages over`);
      }
      const envelope = page.successExample?.value as { status?: unknown; data?: unknown; total?: unknown } | undefined;
      if (envelope?.status !== 0 || envelope.data === undefined || envelope.data === null) return mismatches;
      const list = spec.paged.listKey === null ? envelope.data : (envelope.data as Record<string, unknown>)[spec.paged.listKey];
      if (!Array.isArray(list)) mismatches.push(`the example's list is not at ${spec.paged.listKey ?? 'data'}`);
      const total = spec.paged.total === 'total' ? envelope.total : (envelope.data as Record<string, unknown>).total_count;
      const otherTotal = spec.paged.total === 'total' ? (envelope.data as Record<string, unknown>).total_count : envelope.total;
      // The example may leave the total out (calc_total 0); it must not put it where the spec does not look.
      if (total === undefined && otherTotal !== undefined) mismatches.push(`the example's total is not at ${spec.paged.total}`);
      return mismatches;
    })).toEqual({});
  });
});
