import { MockWangdian, type MockOptions } from './MockWangdian.js';
import { wdtMockOf, type WdtMock } from './WdtMock.js';

/**
 * The URL of a mock without a server. `.invalid` never resolves (RFC 2606), so a client that was
 * given this URL but not the mock's fetch fails at once instead of reaching a real server.
 */
export const IN_PROCESS_MOCK_URL = 'http://wdt-mock.invalid/openapi';

/**
 * A mock without a socket: `new WdtClient({ ...DEFAULT_MOCK_ACCOUNT, fetch: mock.fetch, baseUrl: mock.url })`.
 */
export function createMockFetch(options: MockOptions = {}): WdtMock {
  return wdtMockOf(new MockWangdian(options), IN_PROCESS_MOCK_URL);
}
