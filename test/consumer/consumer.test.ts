// Installs the packed public packages into fresh projects outside the workspace, with npm and with
// pnpm, and uses them as a user would: import, require, type-check, and a call against the
// installed wdt-mock.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockAccount, repoRoot, SECRET } from '../support/repoRoot.js';
import { startMockProcess } from '../support/startMockProcess.js';

const PUBLIC_PACKAGES = ['core', 'client', 'cli', 'mock'];
const work = mkdtempSync(join(tmpdir(), 'wdt-consumer-'));
const packs = join(work, 'packs');
let tarballs: Record<string, string> = {};

beforeAll(() => {
  mkdirSync(packs);
  for (const name of PUBLIC_PACKAGES) {
    execFileSync('pnpm', ['pack', '--pack-destination', packs], { cwd: join(repoRoot, 'packages', name), stdio: 'pipe' });
  }
  tarballs = Object.fromEntries(readdirSync(packs).map((file) => [`@wdt-kit/${/^wdt-kit-(\w+)-/.exec(file)![1]}`, `file:${join(packs, file)}`]));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const ESM_PROGRAM = `
import { WdtClient, WdtApiError } from '@wdt-kit/client';
const wdt = new WdtClient({ sid: 'wdtapi3', appKey: 'wdt_test', appSecret: process.env.WDT_APP_SECRET, baseUrl: process.env.WDT_BASE_URL });
const result = await wdt.wms.stockother.In.cancelOrder(['QR3796', 'QR3795', 'QR3797']);
await wdt.wms.stockin.PreStockin.cancel('RK2004210014');
const again = await wdt.wms.stockin.PreStockin.cancel('RK2004210014').catch((e) => e);
// The per-method entries: the same call through the catalog-free bare client.
const { WdtBareClient } = await import('@wdt-kit/client/bare');
const { wmsStockinPreStockinCancel } = await import('@wdt-kit/client/methods/wms.stockin.PreStockin.cancel');
const bare = new WdtBareClient({ sid: 'wdtapi3', appKey: 'wdt_test', appSecret: process.env.WDT_APP_SECRET, baseUrl: process.env.WDT_BASE_URL });
const viaMethod = await wmsStockinPreStockinCancel(bare, 'RK2004210014').catch((e) => e);
const status = (e) => (e instanceof WdtApiError ? e.status : String(e));
console.log(JSON.stringify({ result, again: status(again), viaMethod: status(viaMethod) }));
`;

const CJS_PROGRAM = `
const client = require('@wdt-kit/client');
const mock = require('@wdt-kit/mock');
const core = require('@wdt-kit/core');
console.log(JSON.stringify({ client: typeof client.WdtClient, mock: typeof mock.createMockServer, sign: typeof core.signRequest }));
`;

const TYPED_PROGRAM = `
import { WdtClient, type WdtMethodMap } from '@wdt-kit/client';
const wdt = new WdtClient({ sid: 's', appKey: 'k', appSecret: 'a:b' });
export async function use(): Promise<string[]> {
  const { success_data, error_data } = await wdt.wms.stockother.In.cancelOrder(['QR1']);
  const reasons: string[] = error_data.map((e) => e.err_msg);
  // @ts-expect-error the argument is a list of document numbers, not a number
  await wdt.wms.stockother.In.cancelOrder(5);
  const raw: WdtMethodMap['wms.stockin.PreStockin.cancel']['args'] = ['RK1'];
  await wdt.call('wms.stockin.PreStockin.cancel', raw);
  // Regression: an overload for "any string" used to accept wrong arguments for a known method.
  // @ts-expect-error a pre-stockin number is a string
  await wdt.call('wms.stockin.PreStockin.cancel', [5]);
  const unknownMethod: unknown = await wdt.call('some.Future.method', [{ any: 'thing' }]);
  void unknownMethod;
  return [...success_data, ...reasons];
}
`;

// Per-method entries over the bare client: the program's type-check must load only what it imports.
const PER_METHOD_PROGRAM = `
import { WdtBareClient, WdtApiError } from '@wdt-kit/client/bare';
import { wmsStockinPreStockinCancel } from '@wdt-kit/client/methods/wms.stockin.PreStockin.cancel';
import { wmsStockotherInCancelOrder } from '@wdt-kit/client/methods/wms.stockother.In.cancelOrder';
export async function use(client: WdtBareClient): Promise<string[]> {
  const { success_data } = await wmsStockotherInCancelOrder(client, ['QR1']);
  // @ts-expect-error a pre-stockin number is a string
  await wmsStockinPreStockinCancel(client, 5);
  await wmsStockinPreStockinCancel(client, 'RK1').catch((e: unknown) => {
    if (!(e instanceof WdtApiError)) throw e;
  });
  return success_data;
}
`;

function writeProject(dir: string, manager: 'npm' | 'pnpm') {
  mkdirSync(dir, { recursive: true });
  // npm satisfies the packages' dependencies on each other from the tarballs installed beside them;
  // pnpm resolves each dependency on its own, so it is pointed at the tarballs explicitly.
  const overrides = manager === 'npm' ? {} : { pnpm: { overrides: tarballs } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${manager}`, private: true, ...overrides }, null, 2));
  writeFileSync(join(dir, 'esm.mjs'), ESM_PROGRAM);
  writeFileSync(join(dir, 'cjs.cjs'), CJS_PROGRAM);
  writeFileSync(join(dir, 'typed.ts'), TYPED_PROGRAM);
  writeFileSync(join(dir, 'perMethod.ts'), PER_METHOD_PROGRAM);
  const tsconfig = (file: string) => JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] }, files: [file] });
  writeFileSync(join(dir, 'tsconfig.json'), tsconfig('typed.ts'));
  writeFileSync(join(dir, 'tsconfig.perMethod.json'), tsconfig('perMethod.ts'));
}

describe.each(['npm', 'pnpm'] as const)('installed from tarballs with %s', (manager) => {
  const dir = join(work, manager);
  beforeAll(() => {
    writeProject(dir, manager);
    const specs = [...Object.values(tarballs), 'typescript@5.9.3', '@types/node@20'];
    const [command, args] = manager === 'npm' ? ['npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs]] : ['pnpm', ['add', '--reporter=silent', ...specs]];
    execFileSync(command, args, { cwd: dir, stdio: 'pipe', env: { ...process.env, npm_config_yes: 'true' } });
  }, 240_000);

  it('imports as ESM and makes calls against the installed wdt-mock', async () => {
    const mock = await startMockProcess(join(dir, 'node_modules/.bin/wdt-mock'));
    try {
      const run = spawnSync(process.execPath, ['esm.mjs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, WDT_APP_SECRET: mockAccount.appSecret, WDT_BASE_URL: mock.url } });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual({
        result: { success_data: ['QR3796', 'QR3795'], error_data: [{ order_no: 'QR3797', err_msg: '单据状态不是编辑中、待审核、已审核，不允许取消' }] },
        again: 100,
        viaMethod: 100,
      });
    } finally {
      await mock.stop();
    }
    expect(mock.output()).not.toContain(SECRET);
  });

  it('requires as CommonJS', () => {
    const run = spawnSync(process.execPath, ['cjs.cjs'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ client: 'function', mock: 'function', sign: 'function' });
  });

  it('type-checks a program that uses the typed client', () => {
    const run = spawnSync(process.execPath, [join(dir, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: dir, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('checks the typed tree by lookups in an interface map, not a union over the catalog (a type budget, not a time)', () => {
    const run = spawnSync(process.execPath, [join(dir, 'node_modules/typescript/bin/tsc'), '-p', '.', '--extendedDiagnostics', '--skipLibCheck'], { cwd: dir, encoding: 'utf8' });
    const count = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(run.stdout)?.[1]);
    // What the program's own code costs (declarations are not re-checked, as with skipLibCheck): all 179
    // methods are in the program, and a union over them would create types and instantiations per method.
    expect(count('Types')).toBeLessThan(5_000);
    expect(count('Instantiations')).toBeLessThan(2_000);
  });

  it('type-checks a per-method program loading only the declarations it imports', () => {
    const tsc = (...args: string[]) => spawnSync(process.execPath, [join(dir, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.perMethod.json', ...args], { cwd: dir, encoding: 'utf8' });
    const run = tsc();
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
    // What keeps type-checking flat as the catalog grows: none of the other 177 methods is loaded.
    const clientFiles = tsc('--listFilesOnly')
      .stdout.split('\n')
      .filter((file) => file.includes('@wdt-kit/client/dist/'))
      .map((file) => file.replace(/.*@wdt-kit\/client\/dist\//, '').replace(/\.d\.c?ts$/, '.d.ts').replace(/-[\w-]+\.d\.ts$/, '-*.d.ts'));
    expect(clientFiles.sort()).toEqual(['WdtBareClient-*.d.ts', 'bare.d.ts', 'methods/wms.stockin.PreStockin.cancel.d.ts', 'methods/wms.stockother.In.cancelOrder.d.ts']);
  });

  it('runs the installed wdt binary', () => {
    const run = spawnSync(join(dir, 'node_modules/.bin/wdt'), ['wms.stockin.PreStockin.cancel', 'RK1', '--dry-run'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, WDT_SID: mockAccount.sid, WDT_APP_KEY: mockAccount.appKey, WDT_APP_SECRET: mockAccount.appSecret, WDT_BASE_URL: 'http://127.0.0.1:9/openapi' },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('method=wms.stockin.PreStockin.cancel');
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });
});
