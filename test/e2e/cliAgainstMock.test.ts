// The built `wdt` binary against the built `wdt-mock` binary, both spawned, over real loopback HTTP.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockAccount, repoRoot, SECRET } from '../support/repoRoot.js';
import { startMockProcess, type MockProcess } from '../support/startMockProcess.js';

const wdtBin = join(repoRoot, 'packages/cli/bin/wdt.mjs');
const mockBin = join(repoRoot, 'packages/mock/bin/wdt-mock.mjs');
let mock: MockProcess;
const printed: string[] = [];

beforeAll(async () => {
  mock = await startMockProcess(process.execPath, [mockBin]);
});
afterAll(async () => {
  await mock.stop();
  expect([...printed, mock.output()].join('\n')).not.toContain(SECRET);
});

function wdt(...args: string[]) {
  const run = spawnSync(process.execPath, [wdtBin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, WDT_SID: mockAccount.sid, WDT_APP_KEY: mockAccount.appKey, WDT_APP_SECRET: mockAccount.appSecret, WDT_BASE_URL: mock.url },
  });
  printed.push(run.stdout, run.stderr);
  return run;
}

describe('wdt against wdt-mock: the seed methods follow their pages', () => {
  it('cancels a pre-stockin order (exit 0)', () => {
    const run = wdt('wms.stockin.PreStockin.cancel', 'RK2004210014');
    expect(run.status).toBe(0);
  });

  it('refuses to cancel it a second time with the documented error (exit 1)', () => {
    const run = wdt('wms.stockin.PreStockin.cancel', 'RK2004210014');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('入库单状态不为待审核或编辑中');
  });

  it('reports a partial failure of cancelOrder (exit 2) with success_data and error_data on stdout', () => {
    const run = wdt('wms.stockother.In.cancelOrder', 'QR3796', 'QR3795', 'QR3797');
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      success_data: ['QR3796', 'QR3795'],
      error_data: [{ order_no: 'QR3797', err_msg: '单据状态不是编辑中、待审核、已审核，不允许取消' }],
    });
  });

  it('prints the signed request on --dry-run without sending it', () => {
    const before = wdt('call', 'wms.stockin.PreStockin.cancel', '["RK-DRY"]', '--dry-run');
    expect(before.status).toBe(0);
    expect(before.stdout).toContain('sign=');
    expect(before.stdout).toContain('["RK-DRY"]');
  });

  it('is rejected by the mock with a wrong secret (exit 1, 验证失败)', () => {
    const run = spawnSync(process.execPath, [wdtBin, 'wms.stockin.PreStockin.cancel', 'RK1'], {
      encoding: 'utf8',
      env: { ...process.env, WDT_SID: mockAccount.sid, WDT_APP_KEY: mockAccount.appKey, WDT_APP_SECRET: 'ffffffffffffffffffffffffffffffff:fedcba9876543210fedcba9876543210', WDT_BASE_URL: mock.url },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('验证失败');
    expect(run.stdout + run.stderr).not.toContain('ffffffffffffffffffffffffffffffff');
  });
});
