// Regression: a client's timeout hung for good on a never-ending in-process body once the Request
// object had been garbage-collected (undici's Request signal follows the caller's through a weak
// reference). Run in a child process with --expose-gc, so the collection can be forced.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const client = join(fileURLToPath(new URL('../../client/dist/index.js', import.meta.url)));

const program = `
const { createMockFetch, DEFAULT_MOCK_ACCOUNT } = await import(${JSON.stringify(pathToFileURL(dist).href)});
const { WdtClient } = await import(${JSON.stringify(pathToFileURL(client).href)});
const mock = createMockFetch({ faults: [{ fault: { type: 'neverEnds' } }] });
const fetch = async (...args) => {
  const response = await mock.fetch(...args);
  // Let the fetch's frames go, then collect what is unreachable (the Request among it).
  await new Promise((resolve) => setTimeout(resolve, 20));
  gc();
  gc();
  return response;
};
const wdt = new WdtClient({ ...DEFAULT_MOCK_ACCOUNT, baseUrl: mock.url, fetch, timeoutMs: 300, maxRetries: 0 });
const error = await wdt.call('wms.stockin.PreStockin.cancel', ['RK1']).catch((e) => e);
console.log(JSON.stringify({ name: error.name, reason: error.reason }));
`;

describe('an in-process never-ending body', () => {
  it("ends in the client's timeout even after the Request was collected", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--input-type=module', '-e', program], { timeout: 20_000 });
    expect(JSON.parse(stdout)).toEqual({ name: 'WdtTransportError', reason: 'timeout' });
  });
});
