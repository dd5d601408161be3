// Many workers, one quota (issue 19), with real parts: a real redis-server, a wdt-mock process with a
// small quota (10 calls a second per sid and method, 2 at once, each call 50 ms), and worker
// processes. Through the shared Redis limiter no rate-limit answer reaches the mock and the workers
// get at least 80 % of the quota; without it the same load trips the limit. A worker killed while
// it holds a slot does not keep it.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisRateLimiter } from '../../packages/rate-limit-redis/dist/index.js';
import { hasRedisServer, startRedisServer } from '../support/redisServer.mjs';
import { repoRoot } from '../support/repoRoot.js';
import { startMockProcess, type MockProcess } from '../support/startMockProcess.js';

const QUOTA = { perWindow: 10, windowMs: 1000, concurrency: 2 };
const RUN_MS = 3000;
const WORKERS = 3;
const budgets = [{ per: 'method', perMinute: QUOTA.perWindow, concurrency: QUOTA.concurrency }];
const workerScript = join(repoRoot, 'test/support/quotaWorker.mjs');
const mockBin = join(repoRoot, 'packages/mock/bin/wdt-mock.mjs');
/** A method the mock answers after a minute: a worker calling it holds its slot until it is killed. */
const SLOW = 'wms.stockin.PreStockin.cancel';

interface Worker {
  child: ChildProcess;
  /** Resolves with the next line the worker prints. */
  next(): Promise<string>;
}

async function startWorker(config: Record<string, unknown>): Promise<Worker> {
  const child = spawn(process.execPath, [workerScript, JSON.stringify(config)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error('the worker ended without a line');
    return value as string;
  };
  expect(await next()).toBe('ready');
  return { child, next };
}

/** Runs WORKERS workers together for RUN_MS; their counts summed, and the mock's answers by status. */
async function runWorkers(mock: MockProcess, redisUrl: string | null) {
  const logged = mock.output().length;
  const workers = await Promise.all(Array.from({ length: WORKERS }, () => startWorker({ mockUrl: mock.url, redisUrl, budgets, windowMs: QUOTA.windowMs, runMs: RUN_MS, lanes: 2 })));
  for (const worker of workers) worker.child.stdin!.write('go\n');
  const counts = (await Promise.all(workers.map(async (worker) => JSON.parse(await worker.next())))) as { ok: number; refused: number; failed: number }[];
  await Promise.all(workers.map((worker) => (worker.child.exitCode === null ? once(worker.child, 'exit') : undefined)));
  await new Promise((resolve) => setTimeout(resolve, 100)); // the mock's last log lines
  const log = mock.output().slice(logged);
  // The most the mock allows over the run: its quota in each of its (fixed) windows the calls fell in.
  const times = [...log.matchAll(/^(\S+) \S+ sid=\S+ status=0\b/gm)].map((match) => Date.parse(match[1]!));
  const windows = Math.floor(Math.max(...times) / QUOTA.windowMs) - Math.floor(Math.min(...times) / QUOTA.windowMs) + 1;
  return {
    quota: QUOTA.perWindow * windows,
    ok: counts.reduce((sum, c) => sum + c.ok, 0),
    refused: counts.reduce((sum, c) => sum + c.refused, 0),
    failed: counts.reduce((sum, c) => sum + c.failed, 0),
    mockOk: (log.match(/ status=0\b/g) ?? []).length,
    mockRefused: (log.match(/ status=100 超过每分钟最大(调用频率|并发次数)限制/g) ?? []).length,
  };
}

describe.skipIf(!hasRedisServer())('workers sharing one quota through Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let mock: MockProcess;

  beforeAll(async () => {
    redis = await startRedisServer();
    mock = await startMockProcess(process.execPath, [mockBin, '--verbose', '--rate-limit', `${QUOTA.perWindow}/${QUOTA.windowMs / 1000}s`, '--concurrency-limit', String(QUOTA.concurrency), '--fault', `latency=60000,method=${SLOW}`, '--fault', 'latency=50']);
  });
  afterAll(async () => {
    await mock?.stop();
    await redis?.stop();
  });

  it('with the shared limiter: no rate-limit answer reaches the mock, and throughput is at least 80 % of the quota', async () => {
    const run = await runWorkers(mock, redis.url);
    // The quota over the run: 10 a second for 3 s. (The mock's fixed windows the calls fell in, one
    // more than that as the run is not aligned with them, allowed run.quota: printed, not asserted.)
    const quota = (QUOTA.perWindow * RUN_MS) / QUOTA.windowMs;
    const percent = (of: number) => Math.round((100 * run.ok) / of);
    console.log(`shared limiter: ${run.ok} calls in ${RUN_MS} ms: ${percent(quota)} % of the quota (${quota}), ${percent(run.quota)} % of what the mock's windows allowed (${run.quota}); ${run.mockRefused} refused`);
    expect(run).toMatchObject({ refused: 0, failed: 0, mockRefused: 0 });
    expect(run.mockOk).toBe(run.ok);
    expect(run.ok).toBeGreaterThanOrEqual(0.8 * quota);
  }, 30_000);

  it('without it, the same load trips the limit', async () => {
    const run = await runWorkers(mock, null);
    console.log(`no limiter: ${run.ok} calls ok, ${run.mockRefused} refused by the mock`);
    expect(run.mockRefused).toBeGreaterThanOrEqual(10);
    expect(run.refused).toBe(run.mockRefused);
  }, 30_000);

  it('a worker killed while it holds a slot does not keep it: the slot comes back when its lease expires', async () => {
    const hold = await startWorker({ mockUrl: mock.url, redisUrl: redis.url, budgets: [{ concurrency: 1 }], windowMs: QUOTA.windowMs, method: SLOW, args: ['RK2004210014'], hold: true, timeoutMs: 4000, leaseMarginMs: 0 });
    hold.child.stdin!.write('go\n');
    expect(await hold.next()).toBe('holding');
    hold.child.kill('SIGKILL');
    await once(hold.child, 'exit');
    const survivor = new RedisRateLimiter({ redis: redis.url, budgets: [{ concurrency: 1 }], pollMs: 20 });
    try {
      const asked = Date.now();
      const lease = await survivor.acquire({ sid: 'wdtapi3', method: SLOW, attempt: 1, signal: undefined, timeoutMs: 10_000 });
      const waited = Date.now() - asked;
      lease.release();
      // Held by the dead worker until its lease (its 4 s timeout) expired; then free.
      expect(waited).toBeGreaterThanOrEqual(1000);
      expect(waited).toBeLessThan(10_000);
    } finally {
      await survivor.close();
    }
  }, 30_000);
});
