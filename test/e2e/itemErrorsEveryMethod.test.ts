// Per-item failures, from spec to wire and back, for every method whose spec declares them: the mock's
// itemErrors fault answers where the spec's partialFailure says, and the client, asked to, throws
// WdtItemErrorsError naming the documented reason.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WdtClient, WdtItemErrorsError } from '@wdt-kit/client';
import { createMockFetch } from '@wdt-kit/mock';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mockAccount, repoRoot } from '../support/repoRoot.js';

interface Spec {
  method: string;
  partialFailure?: { at: string };
  itemErrors?: { message: string }[];
  examples?: { request?: unknown[] };
}
const specs: Spec[] = readdirSync(join(repoRoot, 'specs'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => parse(readFileSync(join(repoRoot, 'specs', name), 'utf8')) as Spec)
  .filter((spec) => spec.partialFailure);

const NOW = Date.parse('2024-01-01T00:00:00Z');

describe(`failed items of all ${specs.length} methods that report them reach the client`, () => {
  const mock = createMockFetch({ now: () => NOW, faults: [{ fault: { type: 'itemErrors' } }] });
  const wdt = new WdtClient({ ...mockAccount, fetch: mock.fetch, baseUrl: mock.url, now: () => NOW, validate: false, itemErrors: 'throw' });

  it.each(specs.map((spec) => [spec.method, spec] as const))('%s', async (method, spec) => {
    const error = await wdt.call(method, spec.examples?.request ?? []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtItemErrorsError);
    expect((error as WdtItemErrorsError).itemErrors.map((item) => item.message)).toEqual([spec.itemErrors![0]!.message]);
  });
});

describe('wdt exits 2 and names the failed item where the spec says failures are', () => {
  it.each([
    ['rows under data', 'wms.stockother.In.cancelOrder', ['QR3796'], 'QR3796: 单据状态不是编辑中、待审核、已审核，不允许取消'],
    ['a status flag on data', 'wms.outer.OuterIn.createOrder', ['--json', JSON.stringify(specs.find((s) => s.method === 'wms.outer.OuterIn.createOrder')!.examples!.request)], '审核失败'],
  ])('%s (%s)', async (_label, method, args, expected) => {
    const { createMockServer } = await import('@wdt-kit/mock');
    const server = await createMockServer({ port: 0, faults: [{ method, fault: { type: 'itemErrors' } }] });
    try {
      // Asynchronously: the mock answers from this process.
      const run = await promisify(execFile)(process.execPath, [join(repoRoot, 'packages/cli/bin/wdt.mjs'), method, ...args], {
        env: { ...process.env, WDT_SID: mockAccount.sid, WDT_APP_KEY: mockAccount.appKey, WDT_APP_SECRET: mockAccount.appSecret, WDT_BASE_URL: server.url },
      }).then(
        () => ({ status: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ status: error.code, stderr: error.stderr }),
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('partial failure');
      expect(run.stderr).toContain(expected);
    } finally {
      await server.close();
    }
  });
});
