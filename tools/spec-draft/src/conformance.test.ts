// Every official page against its spec: the page's own request and success examples must be valid
// under the spec, and every difference between the page's tables and the spec's field names must be
// explained in the spec (docIssues, x-note). Each check runs over the whole catalog and a failure
// lists every mismatching page with all of its mismatches.
//
// The pages are the mirrored official docs, which are not part of the repository (docPaths.ts): without
// a mirror these checks are skipped, and one line says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateArgs, validateValue, type ArgSpec, type FieldSchema } from '@wdt-kit/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { unexplainedFieldMismatches } from './compareFieldNames.ts';
import { findDocsMirror, howToProvideMirror, specsDir } from './docPaths.ts';
import { requestBody } from './draftArgs.ts';
import { parsePage, type DocPage } from './parsePage.ts';
import type { MethodSpec } from './specTypes.ts';

const mirror = findDocsMirror();
if (mirror === undefined) console.info(`spec conformance skipped: no mirror of the official doc pages (${howToProvideMirror})`);

const pagesDir = mirror === undefined ? undefined : join(mirror, 'pages');
const pages = pagesDir === undefined ? [] : readdirSync(pagesDir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => parsePage(readFileSync(join(pagesDir, file), 'utf8'), file));

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

  it('names the fields of the page\'s tables, or says why not', () => {
    expect(mismatchesByPage((page, spec) => unexplainedFieldMismatches(page, spec))).toEqual({});
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
