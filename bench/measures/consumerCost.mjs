import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { methodIndex } from '../../packages/client/dist/index.js';
import { buildSyntheticClient, repo, timed, tscBin } from './syntheticClient.mjs';
import { median, row } from './timing.mjs';

const functionNameOf = (method) => {
  const pascal = method.split('.').map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join('');
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
};

/** A consumer calling ten methods through the typed tree, one calling two per-method entries, and a baseline without the client. */
function consumerProject(dir, clientDir, methods) {
  mkdirSync(join(dir, 'node_modules/@wdt-kit'), { recursive: true });
  symlinkSync(clientDir, join(dir, 'node_modules/@wdt-kit/client'));
  symlinkSync(join(repo, 'packages/core'), join(dir, 'node_modules/@wdt-kit/core'));
  symlinkSync(join(repo, 'node_modules/@types'), join(dir, 'node_modules/@types'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  const calls = methods.slice(0, 10).map((m) => `  await (wdt as any).${m}; void wdt.call('${m}', [] as never);`).join('\n');
  const tree = `import { WdtClient } from '@wdt-kit/client';\nconst wdt = new WdtClient({ sid: 's', appKey: 'k', appSecret: 'a:b' });\nexport async function run(): Promise<void> {\n${calls}\n}\n`;
  const without = `declare const wdt: { call(method: string, args: never): Promise<unknown> };\nexport async function run(): Promise<void> {\n${calls}\n}\n`;
  const picked = methods.slice(0, 2);
  const perMethod = [
    "import { WdtBareClient } from '@wdt-kit/client/bare';",
    ...picked.map((m) => `import { ${functionNameOf(m)} } from '@wdt-kit/client/methods/${m}';`),
    "export const client = new WdtBareClient({ sid: 's', appKey: 'k', appSecret: 'a:b' });",
    `export const used = [${picked.map(functionNameOf).join(', ')}];`,
  ].join('\n');
  const programs = { tree, without, perMethod };
  for (const [name, source] of Object.entries(programs)) {
    writeFileSync(join(dir, `${name}.ts`), source);
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: [`${name}.ts`] }));
  }
  const tsc = (name) => timed(process.execPath, [tscBin, '-p', join(dir, `tsconfig.${name}.json`)]);
  tsc('tree'); // warm the file cache
  const times = { tree: [], without: [], perMethod: [] };
  for (let i = 0; i < 5; i++) for (const name of Object.keys(times)) times[name].push(tsc(name));
  return { with: median(times.tree), without: median(times.without), perMethod: median(times.perMethod) };
}

async function bundleBytes(resolveDir, source) {
  const result = await build({ stdin: { contents: source, resolveDir, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  return gzipSync(result.outputFiles[0].text).length;
}

/** Consumer type-check time and bundle sizes, at the real catalog and at a synthetic 2000-method one. */
export async function measureConsumerCost({ quick }) {
  const dir = mkdtempSync(join(tmpdir(), 'wdt-bench-consumer-'));
  try {
    const real = { pkg: join(repo, 'packages/client'), methods: Object.keys(methodIndex) };
    const size = quick ? 100 : 2000;
    const synthetic = buildSyntheticClient(join(dir, 'synthetic'), size);
    const treePath = (m) => m; // the tree mirrors the wire name
    const rows = [];
    const realTc = consumerProject(join(dir, 'real'), real.pkg, real.methods.map(treePath));
    const synTc = consumerProject(join(dir, 'syn'), synthetic.pkg, synthetic.methods.map(treePath));
    rows.push(row({ measure: `consumer tsc: added time, real catalog (${real.methods.length} methods)`, value: realTc.with - realTc.without, baseline: realTc.without, ratio: realTc.with / realTc.without, target: 'added < 1000 ms' }));
    rows.push(row({ measure: `consumer tsc: added time, synthetic ${size} methods`, value: synTc.with - synTc.without, baseline: realTc.with - realTc.without, ratio: (synTc.with - synTc.without) / Math.max(1, realTc.with - realTc.without), target: 'reported: the typed tree declares every method', note: 'baseline: added time at the real catalog' }));
    rows.push(row({ measure: `consumer tsc: a program importing two per-method entries, synthetic ${size} methods vs the real catalog`, value: synTc.perMethod, baseline: realTc.perMethod, ratio: synTc.perMethod / realTc.perMethod, target: 'flat (~1.0)', note: 'whole tsc run; @wdt-kit/client/bare + @wdt-kit/client/methods/<method>' }));

    // A program that constructs the bare client and calls one write method with one string argument.
    const one = (m, from) => `import { WdtBareClient, ${functionNameOf(m)} } from '${from}';\nconst c = new WdtBareClient({ sid: 's', appKey: 'k', appSecret: 'a:b' });\nexport const run = () => ${functionNameOf(m)}(c, 'NO1');`;
    const realOne = await bundleBytes(real.pkg, one('wms.stockin.PreStockin.cancel', '@wdt-kit/client'));
    const synOne = await bundleBytes(synthetic.pkg, one(synthetic.methods.find((m) => m.endsWith('.cancel')), join(synthetic.pkg, 'src/index.ts')));
    const realFull = await bundleBytes(real.pkg, "import { WdtClient } from '@wdt-kit/client';\nexport const c = WdtClient;");
    // A paged query with its item iterator (issue 16: the budget holds for paging too).
    const realPaged = await bundleBytes(real.pkg, "import { WdtBareClient } from '@wdt-kit/client/bare';\nimport { aftersalesRefundRefundSearchAll } from '@wdt-kit/client/methods/aftersales.refund.Refund.search';\nconst c = new WdtBareClient({ sid: 's', appKey: 'k', appSecret: 'a:b' });\nexport const all = () => aftersalesRefundRefundSearchAll(c, {});");
    rows.push(row({ measure: 'bundle: one method via the per-method function, gzipped', value: realOne / 1024, baseline: 6, ratio: realOne / 1024 / 6, target: '<= 6 KB', unit: 'KB' }));
    rows.push(row({ measure: 'bundle: a paged method with its item iterator, gzipped', value: realPaged / 1024, baseline: 6, ratio: realPaged / 1024 / 6, target: '<= 6 KB', unit: 'KB' }));
    rows.push(row({ measure: `bundle: one cancel method at ${size} synthetic methods vs the real catalog's`, value: synOne / 1024, baseline: realOne / 1024, ratio: synOne / realOne, target: 'flat (~1.0)', unit: 'KB' }));
    rows.push(row({ measure: 'bundle: the full WdtClient, gzipped (reported)', value: realFull / 1024, baseline: realOne / 1024, ratio: realFull / realOne, target: 'reported', unit: 'KB' }));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
