import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatorBin, repo, timed } from './syntheticClient.mjs';
import { median, row } from './timing.mjs';
import { UNPACKED_LIMIT_MB } from '../../scripts/pack.mjs';

/**
 * The maintainer's loop (issue 13): `wdt-generate --check` and generating every target against
 * `node -e 0`; `npm run build` after editing one spec against a cold build of a fresh clone; and the
 * unpacked size of each published package against its limit.
 */
export async function measureMaintainerLoop({ quick }) {
  const rounds = quick ? 3 : 11;
  const dir = mkdtempSync(join(tmpdir(), 'wdt-bench-loop-'));
  try {
    // Interleaved rounds: node -e 0, --check, --target all (into a scratch folder, so every file is written).
    const node = [];
    const check = [];
    const all = [];
    const allCached = [];
    for (let i = 0; i < rounds; i++) {
      node.push(timed(process.execPath, ['-e', '0']));
      check.push(timed(process.execPath, [generatorBin, '--check', '--no-cache'], { cwd: repo }));
      rmSync(join(dir, 'out'), { recursive: true, force: true });
      all.push(timed(process.execPath, [generatorBin, '--target', 'all', '--no-cache', '--out', join(dir, 'out')], { cwd: repo }));
      rmSync(join(dir, 'out'), { recursive: true, force: true });
      allCached.push(timed(process.execPath, [generatorBin, '--target', 'all', '--out', join(dir, 'out')], { cwd: repo }));
    }
    const base = median(node);
    const rows = [
      row({ measure: 'wdt-generate --check (179 specs)', value: median(check), baseline: base, ratio: median(check) / base, target: '<= 8', note: 'baseline: node -e 0' }),
      row({ measure: 'wdt-generate --target all (client incl. OpenAPI, CLI, mock), no cache', value: median(all), baseline: base, ratio: median(all) / base, target: '<= 40', note: 'baseline: node -e 0' }),
      row({ measure: 'wdt-generate --target all, types of unchanged schemas cached', value: median(allCached), baseline: base, ratio: median(allCached) / base, target: 'reported', note: 'baseline: node -e 0; what the build runs after an edit' }),
    ];
    rows.push(...packageSizes(dir));
    if (!quick) rows.push(...incrementalBuild(dir));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Unpacked size as npm reports it for the tarball `pnpm pack` writes (what `pnpm add` unpacks). */
function packageSizes(dir) {
  return Object.entries(UNPACKED_LIMIT_MB).map(([name, limitMb]) => {
    const packed = spawnSync('pnpm', ['pack', '--pack-destination', dir], { cwd: join(repo, 'packages', name), encoding: 'utf8' });
    if (packed.status !== 0) throw new Error(`pnpm pack ${name}: ${packed.stderr}`);
    const tarball = packed.stdout.trim().split('\n').at(-1);
    const listing = spawnSync('tar', ['-tvzf', tarball], { encoding: 'utf8' });
    const bytes = listing.stdout
      .split('\n')
      .filter(Boolean)
      .reduce((sum, line) => sum + Number(line.split(/\s+/)[2]), 0);
    const mb = bytes / 1e6;
    return row({ measure: `unpacked size: @wdt-kit/${name}`, value: mb, baseline: limitMb, ratio: mb / limitMb, unit: 'MB', target: '<= 1', note: `baseline: the ${limitMb} MB limit` });
  });
}

/**
 * A fresh clone: cold `npm run build`, then one spec's title edited and `npm run build` again (the
 * maintainer's loop); then `npm test` cold (everything but the builds runs) and warm (nothing changed:
 * every task replays from turbo's cache), against the cold build of the same clone.
 */
function incrementalBuild(dir) {
  const clone = join(dir, 'clone');
  timed('git', ['clone', '--quiet', '--no-hardlinks', repo, clone]);
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', CI: 'true' };
  const build = () => timed('npm', ['run', 'build', '--silent'], { cwd: clone, env });
  const cold = build();
  const spec = join(clone, 'specs/wms.stockin.PreStockin.cancel.yaml');
  const edits = [];
  for (let i = 0; i < 3; i++) {
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^title: (.*?)( \(edit \d+\))?$/m, `title: $1 (edit ${i})`));
    edits.push(build());
  }
  const edit = median(edits);
  // The suite checks the real titles: the tests run on the checkout as committed.
  timed('git', ['checkout', '--', 'specs'], { cwd: clone });
  const test = () => timed('npm', ['test', '--silent'], { cwd: clone, env });
  const testCold = test();
  const testWarm = test();
  return [
    row({ measure: 'npm run build after editing one spec title', value: edit, baseline: cold, ratio: edit / cold, target: '<= 0.25', note: 'baseline: cold npm run build of a fresh clone (install, generate, build)' }),
    row({ measure: 'npm test, cold (fresh clone, builds done)', value: testCold, baseline: cold, ratio: testCold / cold, target: 'seconds', note: 'baseline: cold npm run build of the same clone' }),
    row({ measure: 'npm test, warm (unchanged tree: every task replays from cache)', value: testWarm, baseline: testCold, ratio: testWarm / testCold, target: 'seconds', note: 'baseline: the cold npm test just before' }),
  ];
}
