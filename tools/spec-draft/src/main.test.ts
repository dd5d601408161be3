// The wdt-spec-draft binary: drafts specs the generator accepts, and never overwrites a reviewed spec.
// Its inputs are the few official pages copied into testdata/, so it needs no docs mirror.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixturePagesDir, repoRoot } from './docPaths.ts';

const draftBin = join(repoRoot, 'tools/spec-draft/bin/wdt-spec-draft.mjs');
const generateBin = join(repoRoot, 'tools/generator/bin/wdt-generate.mjs');
const out = mkdtempSync(join(tmpdir(), 'wdt-spec-draft-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (bin: string, args: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env });
const METHODS = ['wms.stockin.PreStockin.cancel', 'wms.stockin.Refund.returnLogisticsPackageQuery', 'sales.TradeEdit.modifyRemark'];

describe('wdt-spec-draft', () => {
  it('drafts specs from pages that the generator accepts', () => {
    const drafted = run(draftBin, ['--pages', fixturePagesDir, '--out', out, ...METHODS]);
    expect(drafted.stderr).toContain('drafted');
    expect(drafted.status).toBe(0);
    writeFileSync(join(out, 'spec.schema.json'), readFileSync(join(repoRoot, 'specs/spec.schema.json')));
    const checked = run(generateBin, ['--check', '--specs', out]);
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toContain(`${METHODS.length} specs are valid`);
  });

  it('takes the paging, the window and the contradictions from the page', () => {
    const spec = parse(readFileSync(join(out, 'wms.stockin.Refund.returnLogisticsPackageQuery.yaml'), 'utf8'));
    expect(spec).toMatchObject({
      title: '退货物流包裹查询',
      category: '售后类',
      idempotent: true,
      paged: { listKey: 'record', total: 'data.total_count' },
      timeWindow: { start: 'start_time', end: 'end_time', maxSpan: '30d' },
      examples: { error: { status: 100, message: 'end_time 不能为空' } },
    });
    // The page's example sends startTime/endTime, which its table does not have: kept, noted.
    expect(spec.args[0].schema.properties.startTime['x-note']).toMatch(/request example sends it/);
    expect(spec.docIssues.join('\n')).toMatch(/headed `order_list`/);
  });

  it('follows the example where the page documents the argument differently (catalog.md: modifyRemark)', () => {
    const spec = parse(readFileSync(join(out, 'sales.TradeEdit.modifyRemark.yaml'), 'utf8'));
    expect(spec.args).toHaveLength(1);
    expect(spec.args[0].schema).toMatchObject({ type: 'object', properties: { data: { type: 'array' } } });
  });

  it('refuses to overwrite a spec without --force', () => {
    const again = run(draftBin, ['--pages', fixturePagesDir, '--out', out, METHODS[0]!]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists .*--force/);
  });

  it('explains itself without arguments (exit 64), and names the page it cannot read', () => {
    const bare = run(draftBin, []);
    expect(bare.status).toBe(64);
    expect(bare.stdout).toMatch(/Usage: wdt-spec-draft/);
    const missing = run(draftBin, ['--pages', fixturePagesDir, '--out', out, 'no.such.Method.here']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(join(fixturePagesDir, 'no.such.Method.here.md'));
    expect(existsSync(join(out, 'no.such.Method.here.yaml'))).toBe(false);
  });

  it('records the page\'s required response fields in reviewed specs (as committed), once', () => {
    const recordIn = join(out, 'record');
    mkdirSync(recordIn);
    const committed = METHODS.map((method) => readFileSync(join(repoRoot, 'specs', `${method}.yaml`), 'utf8'));
    // The committed specs without the lists of their results: what the command started from.
    const unrecorded = committed.map((text) => text.replace(/(\nreturns:[\s\S]*)$/, (returns) => returns.replace(/\n *required: \[[^\]]*\](?=\n)/g, '')));
    METHODS.forEach((method, i) => writeFileSync(join(recordIn, `${method}.yaml`), unrecorded[i]!));
    const recorded = run(draftBin, ['--record-required-results', '--pages', fixturePagesDir, '--out', recordIn, ...METHODS]);
    expect(recorded.status).toBe(0);
    expect(recorded.stderr).toMatch(/3 specs: 21 page-required result fields in required lists \(21 added by this run\)/);
    expect(METHODS.map((method) => readFileSync(join(recordIn, `${method}.yaml`), 'utf8'))).toEqual(committed);
    const again = run(draftBin, ['--record-required-results', '--pages', fixturePagesDir, '--out', recordIn, ...METHODS]);
    expect(again.stderr).toMatch(/\(0 added by this run\)/);
    const noPage = run(draftBin, ['--record-required-results', '--pages', fixturePagesDir, '--out', recordIn, 'no.such.Method.here']);
    expect(noPage.status).toBe(1);
  });

  it('reads the pages of the mirror that WDT_DOCS_DIR names when --pages is not given', () => {
    const drafted = run(draftBin, ['--stdout', METHODS[0]!], { ...process.env, WDT_DOCS_DIR: dirname(fixturePagesDir) });
    expect(drafted.status).toBe(0);
    expect(parse(drafted.stdout)).toMatchObject({ method: METHODS[0], category: '售后类' });
  });

  it('says how to provide the pages when WDT_DOCS_DIR names no mirror (exit 64)', () => {
    const drafted = run(draftBin, ['--stdout', METHODS[0]!], { ...process.env, WDT_DOCS_DIR: join(out, 'no-mirror') });
    expect(drafted.status).toBe(64);
    expect(drafted.stderr).toContain(`WDT_DOCS_DIR=${join(out, 'no-mirror')}`);
    expect(drafted.stdout).toBe('');
  });
});
