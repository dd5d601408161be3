// The generator's output for a small catalog that uses every feature of the spec format, committed
// under fixtures/expected: a change to the generator shows up as a reviewable diff of those files.
// Rewrite them with `pnpm exec vitest run tools/generator/src/goldens.test.ts -u`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emitTarget, loadModel, TARGETS } from './generate.js';
import { compileGenerated } from './testing/compileGenerated.js';
import { specsFolder } from './testing/specFixtures.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const specFiles = readdirSync(join(fixtures, 'specs')).filter((name) => name.endsWith('.yaml'));
const specs = specsFolder(Object.fromEntries(specFiles.map((name) => [name, readFileSync(join(fixtures, 'specs', name), 'utf8')])));
const models = loadModel(specs);

describe('the fixture catalog', () => {
  it('uses every feature of the spec format', () => {
    const used = (predicate: (model: (typeof models)[number]) => boolean) => models.some(predicate);
    const text = specFiles.map((name) => readFileSync(join(fixtures, 'specs', name), 'utf8')).join('\n');
    expect(models.length).toBeGreaterThanOrEqual(8);
    const features = {
      pagedWithDataTotal: used((m) => m.spec.paged !== false && m.spec.paged.total === 'data.total_count'),
      pagedWithTotal: used((m) => m.spec.paged !== false && m.spec.paged.total === 'total'),
      timeWindow: used((m) => m.spec.timeWindow?.maxSpan !== undefined),
      nestedLists: /detail_list:\n\s+type: array/.test(text),
      enumLabels: text.includes('x-enumLabels'),
      nullable: text.includes('"null"'),
      decimal: text.includes('format: decimal'),
      epochMs: text.includes('format: epoch-ms'),
      itemErrors: used((m) => (m.spec.itemErrors?.length ?? 0) > 0),
      noArgument: used((m) => m.spec.args.length === 0),
      voidResult: used((m) => m.spec.returns === null),
    };
    expect(Object.entries(features).filter(([, present]) => !present).map(([feature]) => feature)).toEqual([]);
  });

  it('generates code that type-checks under strict tsc', async () => {
    expect((await compileGenerated(specs)).diagnostics).toBe('');
  });
});

describe.each(TARGETS)('%s output equals fixtures/expected', async (target) => {
  const files = await emitTarget(target, models, '0.0.0');
  it.each([...files.keys()].sort())('%s', async (path) => {
    await expect(files.get(path)).toMatchFileSnapshot(join(fixtures, 'expected', target, path));
  });

  it('has no expected file that is no longer generated', () => {
    const expectedDir = join(fixtures, 'expected', target);
    let committed: string[] = [];
    try {
      committed = (readdirSync(expectedDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(expectedDir.length + 1));
    } catch {
      // first run with -u: nothing committed yet
    }
    expect(committed.filter((path) => !files.has(path))).toEqual([]);
  });
});
