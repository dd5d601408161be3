// Installs the packed public packages into fresh projects outside the workspace with the very
// commands README.md shows (its marked install blocks), with npm and with pnpm, and uses them as a
// user would: import, require, type-check, a call against the installed wdt-mock, and the wdt CLI,
// also installed globally as the README shows for before a release.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { packPublicPackages } from '../../scripts/pack.mjs';
import { mockAccount, repoRoot, SECRET } from '../support/repoRoot.js';
import { startMockProcess } from '../support/startMockProcess.js';
import { installBlock, runInstallBlock, type CommandRun } from './readmeInstall.js';

const work = mkdtempSync(join(tmpdir(), 'wdt-consumer-'));
// The layout the README's commands assume: the checkout is ../wdt-kit from the user's project, and
// `npm run pack` wrote the tarballs into its packs/ folder.
const checkout = join(work, 'wdt-kit');
const cliVersion = JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')).version as string;
// Quiet npm without changing the commands: the README's lines are run exactly as written.
const installEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };
let tarballs: Record<string, string> = {};

beforeAll(() => {
  tarballs = packPublicPackages({ outDir: join(checkout, 'packs') });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarballs', () => {
  it.each(['@wdt-kit/core', '@wdt-kit/client', '@wdt-kit/rate-limit-redis', '@wdt-kit/mock', '@wdt-kit/cli'])('%s ships its README and licence', (name) => {
    const files = execFileSync('tar', ['-tzf', tarballs[name]!], { encoding: 'utf8' }).split('\n');
    expect(files).toContain('package/README.md');
    expect(files).toContain('package/LICENSE');
  });
});

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
  // pnpm needs the README's overrides in package.json before its first `pnpm add`; npm needs none.
  const packageJsonBlock = manager === 'pnpm' ? JSON.parse(installBlock('pnpm-package-json')) : {};
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${manager}`, private: true, ...packageJsonBlock }, null, 2));
  writeFileSync(join(dir, 'esm.mjs'), ESM_PROGRAM);
  writeFileSync(join(dir, 'cjs.cjs'), CJS_PROGRAM);
  writeFileSync(join(dir, 'typed.ts'), TYPED_PROGRAM);
  writeFileSync(join(dir, 'perMethod.ts'), PER_METHOD_PROGRAM);
  const tsconfig = (file: string) => JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] }, files: [file] });
  writeFileSync(join(dir, 'tsconfig.json'), tsconfig('typed.ts'));
  writeFileSync(join(dir, 'tsconfig.perMethod.json'), tsconfig('perMethod.ts'));
}

describe.each(['npm', 'pnpm'] as const)('installed from the tarballs with the README\'s %s lines', (manager) => {
  const dir = join(work, manager);
  let readmeRuns: CommandRun[] = [];
  beforeAll(() => {
    writeProject(dir, manager);
    readmeRuns = runInstallBlock(manager, dir, installEnv);
    // The compiler for the type-checks below: the test's tool, not part of what the README installs.
    const tools = ['typescript@5.9.3', '@types/node@20'];
    const [command, args] = manager === 'npm' ? ['npm', ['install', '-D', ...tools]] : ['pnpm', ['add', '-D', '--reporter=silent', ...tools]];
    execFileSync(command, args, { cwd: dir, stdio: 'pipe', env: installEnv });
  }, 240_000);

  it('runs the project\'s wdt as the README\'s last line does', () => {
    const last = readmeRuns.at(-1)!;
    expect(last.command).toBe(manager === 'npm' ? 'npx wdt --version' : 'pnpm exec wdt --version');
    expect(last.stdout.trim()).toBe(cliVersion);
  });

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
    // The program is CommonJS (no "type": "module"), so its declarations come from dist/cjs.
    const clientFiles = tsc('--listFilesOnly')
      .stdout.split('\n')
      .filter((file) => file.includes('@wdt-kit/client/dist/'))
      .map((file) => file.replace(/.*@wdt-kit\/client\/dist\/(cjs\/)?/, ''));
    const generated = clientFiles.filter((file) => file.startsWith('generated/'));
    expect(generated.sort()).toEqual(['generated/methods/wms.stockin.PreStockin.cancel.d.ts', 'generated/methods/wms.stockother.In.cancelOrder.d.ts']);
    // …and of the hand-written runtime only the bare client's modules: never the typed tree, the method
    // map or index, or the full client.
    expect(clientFiles.filter((file) => ['index.d.ts', 'WdtClient.d.ts'].includes(file))).toEqual([]);
    expect(clientFiles).toContain('bare.d.ts');
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

describe("the wdt command installed globally before a release, with the README's npm install -g line", () => {
  // npm's global folder moved into the temporary folder: the test never touches the machine's.
  const prefix = join(work, 'global');
  const env = { ...installEnv, npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH}` };
  let readmeRuns: CommandRun[] = [];
  beforeAll(() => {
    readmeRuns = runInstallBlock('cli-global', checkout, env);
  }, 240_000);

  it('puts wdt on the PATH', () => {
    const last = readmeRuns.at(-1)!;
    expect(last.command).toBe('wdt --version');
    expect(last.stdout.trim()).toBe(cliVersion);
  });

  it('signs a request with the global wdt, whose dependencies are the other tarballs', () => {
    const run = spawnSync(join(prefix, 'bin/wdt'), ['wms.stockin.PreStockin.cancel', 'RK1', '--dry-run'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...env, WDT_SID: mockAccount.sid, WDT_APP_KEY: mockAccount.appKey, WDT_APP_SECRET: mockAccount.appSecret, WDT_BASE_URL: 'http://127.0.0.1:9/openapi' },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('method=wms.stockin.PreStockin.cancel');
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });
});
