import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticCatalog } from '../syntheticCatalog.mjs';
import { generatorBin, repo, timed } from './syntheticClient.mjs';
import { row } from './timing.mjs';

/** Generation time of the real catalog and of synthetic 500- and 2000-method catalogs, per method. */
export async function measureGeneratorScaling({ quick }) {
  const dir = mkdtempSync(join(tmpdir(), 'wdt-bench-gen-'));
  try {
    const generate = (specs, out) => timed(process.execPath, [generatorBin, '--target', 'client', '--no-cache', '--out', join(dir, out), '--specs', specs]);
    const realCount = (await import('../../packages/client/dist/index.js')).methodIndex;
    const real = generate(join(repo, 'specs'), 'real');
    const sizes = quick ? [50, 200] : [500, 2000];
    const perMethod = sizes.map((n) => generate(writeSyntheticCatalog(join(dir, `syn${n}`), n, join(repo, 'specs/spec.schema.json')), `out${n}`) / n);
    const rows = [
      row({ measure: `generate client: real catalog (${Object.keys(realCount).length} methods), cold`, value: real, baseline: perMethod[0] * Object.keys(realCount).length, ratio: real / (perMethod[0] * Object.keys(realCount).length), target: 'seconds', note: 'baseline: synthetic per-method cost times the real count' }),
      row({ measure: `generate client: per method at ${sizes[1]} vs ${sizes[0]} synthetic methods`, value: perMethod[1], baseline: perMethod[0], ratio: perMethod[1] / perMethod[0], target: '<= 1.3 (linear)' }),
    ];
    if (!quick) {
      const build = timed('pnpm', ['exec', 'turbo', 'run', 'build', '--force', '--output-logs=none'], { cwd: repo, env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
      rows.push(row({ measure: 'full catalog: generate + build all packages (turbo --force)', value: build, baseline: real, ratio: build / real, target: 'seconds', note: 'baseline: generation alone' }));
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
