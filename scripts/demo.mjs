// `npm run demo`: builds everything, starts wdt-mock on a free port, runs the wdt CLI for both seed
// methods (a success, a partial failure, the error of a second cancel) and stops the mock.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureWorkspace, root } from './ensureWorkspace.mjs';

console.error('demo: preparing the workspace (the first run installs and builds; later runs take seconds)');
ensureWorkspace();
console.error('demo: starting wdt-mock');

const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210' };
const mockBin = join(root, 'packages/mock/bin/wdt-mock.mjs');
const cliBin = join(root, 'packages/cli/bin/wdt.mjs');

const mock = spawn(process.execPath, [mockBin, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const firstLine = await Promise.race([
  once(createInterface({ input: mock.stdout }), 'line').then(([line]) => line),
  once(mock, 'exit').then(([code]) => Promise.reject(new Error(`wdt-mock exited with ${code} before listening`))),
]);
const baseUrl = /^listening on (\S+)$/.exec(firstLine)?.[1];
if (!baseUrl) throw new Error(`unexpected first line from wdt-mock: ${firstLine}`);
console.log(`\nwdt-mock is ${firstLine}\n`);

const env = { ...process.env, WDT_SID: account.sid, WDT_APP_KEY: account.appKey, WDT_APP_SECRET: account.appSecret, WDT_BASE_URL: baseUrl };
const meaning = { 0: 'success', 1: 'API error', 2: 'partial failure' };
const steps = [
  ['Cancel a pre-stockin order (编辑中 -> 已取消)', ['wms.stockin.PreStockin.cancel', 'RK2004210014']],
  ['Cancel three other-stockin documents; QR3797 is not cancellable', ['wms.stockother.In.cancelOrder', 'QR3796', 'QR3795', 'QR3797']],
  ['Cancel the same pre-stockin order again', ['wms.stockin.PreStockin.cancel', 'RK2004210014']],
  ['Dry run: the signed request, nothing sent, secret redacted', ['wms.stockin.PreStockin.cancel', 'RK2004210015', '--dry-run']],
];

let failed = false;
try {
  for (const [index, [title, args]] of steps.entries()) {
    console.log(`${index + 1}. ${title}\n   $ wdt ${args.join(' ')}`);
    const result = spawnSync(process.execPath, [cliBin, ...args], { env, encoding: 'utf8' });
    const indent = (text) => text.trimEnd().split('\n').map((line) => `   ${line}`).join('\n');
    if (result.stdout.trim()) console.log(indent(result.stdout));
    if (result.stderr.trim()) console.log(indent(result.stderr));
    console.log(`   exit ${result.status} (${meaning[result.status] ?? 'unexpected'})\n`);
    if (result.status === null || result.status > 2) failed = true;
  }
} finally {
  mock.kill('SIGTERM');
  await once(mock, 'exit');
}
console.log(failed ? 'demo: a step failed unexpectedly' : 'demo: done; wdt-mock stopped');
process.exit(failed ? 1 : 0);
