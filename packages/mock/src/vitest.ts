// `@wdt-kit/mock/vitest`: one mock server for a test file. vitest is an optional peer dependency,
// imported only by this entry point.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createMockFetch } from './createMockFetch.js';
import { createMockServer, type MockServerOptions, type WdtMockServer } from './createMockServer.js';
import { DEFAULT_MOCK_ACCOUNT } from './defaultAccount.js';
import { loadMockFixtures } from './fixtures/loadMockFixtures.js';
import type { WdtMock } from './WdtMock.js';

export interface UseWdtMockOptions extends MockServerOptions {
  /** Answer through the in-process fetch only, without a socket; default false (a loopback server). */
  inProcess?: boolean;
}

/** The mock of the current test file: readable once `beforeAll` has run. */
export interface WdtMockHandle extends WdtMock {
  /** What a WdtClient needs to talk to this mock: `new WdtClient(mock.clientOptions)`. */
  readonly clientOptions: { sid: string; appKey: string; appSecret: string; baseUrl: string; fetch?: WdtMock['fetch'] };
}

/**
 * Starts a mock before the file's tests, closes it after them, and resets it before each test
 * (seed documents, initial faults, no calls), so tests do not see each other's changes.
 *
 * @example
 * const mock = useWdtMock({ fixtures: 'test/wdt-fixtures.yaml' });
 * it('cancels', async () => {
 *   const wdt = new WdtClient(mock.clientOptions);
 *   await wdt.call('purchase.PurchaseOrder.cancelOrder', ['CG202005150101']);
 *   expect(mock.state.purchaseOrders.get('CG202005150101')?.status).toBe('已取消');
 * });
 */
export function useWdtMock(options: UseWdtMockOptions = {}): WdtMockHandle {
  let running: WdtMock | WdtMockServer | undefined;
  const current = () => {
    if (!running) throw new Error('useWdtMock: the mock starts in beforeAll; use it inside a test or a hook');
    return running;
  };
  const { inProcess = false, ...serverOptions } = options;
  const account = serverOptions.accounts?.[0] ?? DEFAULT_MOCK_ACCOUNT;

  beforeAll(async () => {
    if (!inProcess) running = await createMockServer(serverOptions);
    else {
      const { fixtures, port: _port, host: _host, ...mockOptions } = serverOptions;
      const seed = fixtures ? { ...(await loadMockFixtures(fixtures)), ...mockOptions.seed } : mockOptions.seed;
      running = createMockFetch({ ...mockOptions, ...(seed ? { seed } : {}) });
    }
  });
  afterAll(async () => {
    if (running && 'close' in running) await running.close();
    running = undefined;
  });
  beforeEach(() => current().reset());

  return {
    get url() {
      return current().url;
    },
    get fetch() {
      return current().fetch;
    },
    get state() {
      return current().state;
    },
    get faults() {
      return current().faults;
    },
    get calls() {
      return current().calls;
    },
    reset: () => current().reset(),
    get clientOptions() {
      const mock = current();
      return { sid: account.sid, appKey: account.appKey, appSecret: account.appSecret, baseUrl: mock.url, ...(inProcess ? { fetch: mock.fetch } : {}) };
    },
  };
}
