// Every official page against its spec: the page's own request and success examples must be valid
// under the spec, and every difference between the page's tables and the spec's field names must be
// explained in the spec (docIssues, x-note). A failure lists every mismatch of the page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateArgs, validateValue, type ArgSpec, type FieldSchema } from '@wdt-kit/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { unexplainedFieldMismatches } from './compareFieldNames.ts';
import { pagesDir, specsDir } from './docPaths.ts';
import { requestBody } from './draftArgs.ts';
import { parsePage } from './parsePage.ts';
import type { MethodSpec } from './specTypes.ts';

const pages = readdirSync(pagesDir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => parsePage(readFileSync(join(pagesDir, file), 'utf8'), file));

const specFile = (method: string) => join(specsDir, `${method}.yaml`);
const loadSpec = (method: string) => parse(readFileSync(specFile(method), 'utf8')) as MethodSpec;
const describeIssue = (issue: { path: string; message: string }) => `${issue.path} ${issue.message}`;

it('covers the whole official menu (179 pages)', () => {
  expect(pages.length).toBe(179);
  expect(pages.filter((page) => !existsSync(specFile(page.method))).map((page) => page.method)).toEqual([]);
});

describe.each(pages.map((page) => [page.method, page] as const))('%s', (method, page) => {
  const spec = loadSpec(method);
  const docIssues = (spec.docIssues ?? []).join('\n');

  it('accepts the page\'s request example', () => {
    const body = requestBody(page.requestExample, spec.paged !== false, []);
    if (body === undefined) {
      // A page without a usable example must say so in the spec.
      expect(docIssues).toMatch(/request example/);
      return;
    }
    expect(validateArgs(body, spec.args as unknown as ArgSpec[]).map(describeIssue)).toEqual([]);
  });

  it('accepts the page\'s success response example', () => {
    const envelope = page.successExample?.value as { status?: unknown; data?: unknown } | undefined;
    if (envelope?.status !== 0) {
      expect(docIssues).toMatch(/success (response )?example/);
      return;
    }
    if (envelope.data === undefined || envelope.data === null) return;
    expect(spec.returns, 'the example returns data, the spec returns null').not.toBeNull();
    expect(validateValue(envelope.data, spec.returns as unknown as FieldSchema, 'data').map(describeIssue)).toEqual([]);
  });

  it('names the fields of the page\'s tables, or says why not', () => {
    expect(unexplainedFieldMismatches(page, spec)).toEqual([]);
  });

  it('pages over a list the spec describes, where the page\'s example has it', () => {
    if (spec.paged === false) return;
    if (spec.paged.listKey !== null) expect(Object.keys(spec.returns?.properties ?? {})).toContain(spec.paged.listKey);
    const envelope = page.successExample?.value as { status?: unknown; data?: unknown; total?: unknown } | undefined;
    if (envelope?.status !== 0 || envelope.data === undefined || envelope.data === null) return;
    const list = spec.paged.listKey === null ? envelope.data : (envelope.data as Record<string, unknown>)[spec.paged.listKey];
    expect(Array.isArray(list), `the example's list is not at ${spec.paged.listKey ?? 'data'}`).toBe(true);
    const total = spec.paged.total === 'total' ? envelope.total : (envelope.data as Record<string, unknown>).total_count;
    const otherTotal = spec.paged.total === 'total' ? (envelope.data as Record<string, unknown>).total_count : envelope.total;
    // The example may leave the total out (calc_total 0); it must not put it where the spec does not look.
    if (total === undefined) expect(otherTotal, `the example's total is not at ${spec.paged.total}`).toBeUndefined();
  });
});
