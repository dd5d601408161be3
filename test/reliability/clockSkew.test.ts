// A status 7 teaches the server's clock, but no answer can poison it: an absurd or unexplained Date is
// ignored, an offset is kept only once the server accepted a request made with it, and it expires.
import { describe, expect, it } from 'vitest';
import { WdtApiError, WdtClient } from '../../packages/client/dist/index.js';
import { createMockFetch } from '../../packages/mock/dist/index.js';
import { mockAccount } from '../support/repoRoot.js';

type Fetch = NonNullable<ConstructorParameters<typeof WdtClient>[0]['fetch']>;

/** The real mock, with a front door that replaces the Date header of its answers. */
function withDate(inner: Fetch, date: () => string | undefined): Fetch {
  return async (url, init) => {
    const response = await inner(url, init);
    const replaced = date();
    if (replaced === undefined) return response;
    const headers = new Headers(response.headers);
    headers.set('date', replaced);
    return new Response(await response.text(), { status: response.status, headers });
  };
}

const timestampOf = (url: string) => Number(new URL(url).searchParams.get('timestamp'));

describe('clock skew', () => {
  it('learns a real offset from the mock and uses it for later calls', async () => {
    const mock = createMockFetch();
    mock.faults.add({ fault: { type: 'clockSkew', ms: 600_000 } });
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, sleep: async () => {} });
    await wdt.wms.stockin.PreStockin.cancel('RK2004210014');
    expect(Math.round(wdt.clockOffsetMs / 1000)).toBeGreaterThanOrEqual(599);
    expect(mock.calls.map((c) => c.status)).toEqual([7, 0]);
  });

  it('ignores a Date in 2100: the call fails with status 7 once, and later calls still work (regression: +73 years stuck)', async () => {
    const mock = createMockFetch();
    mock.faults.add({ times: 1, fault: { type: 'clockSkew', ms: 600_000 } });
    let hostile = true;
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: withDate(mock.fetch, () => (hostile ? 'Fri, 01 Jan 2100 00:00:00 GMT' : undefined)), sleep: async () => {} });
    const error = await wdt.wms.stockin.PreStockin.cancel('RK2004210014').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtApiError);
    expect(error).toMatchObject({ status: 7, attempts: 1 });
    expect(wdt.clockOffsetMs).toBe(0);
    hostile = false;
    await wdt.withOptions({ maxRetries: 0 }).wms.stockin.PreStockin.cancel('RK2004210014');
    expect(mock.calls.map((c) => c.status)).toEqual([7, 0]);
  });

  it('does not keep an offset the server rejected again, and re-learns on a later status 7', async () => {
    const mock = createMockFetch();
    // The first status 7 comes with a plausible but wrong Date (+1 h): the retry with it is rejected too.
    mock.faults.add({ fault: { type: 'clockSkew', ms: 600_000 } });
    let date: string | undefined = new Date(Date.now() + 3_600_000).toUTCString();
    const sent: string[] = [];
    const inner = withDate(mock.fetch, () => date);
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: (url, init) => (sent.push(url), inner(url, init)), sleep: async () => {} });
    const error = await wdt.wms.stockin.PreStockin.cancel('RK2004210014').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 7, attempts: 2 });
    expect(wdt.clockOffsetMs).toBe(0);
    // A later status 7 with the mock's own Date teaches the right offset.
    date = undefined;
    await wdt.wms.stockin.PreStockin.cancel('RK2004210014');
    expect(Math.round(wdt.clockOffsetMs / 1000)).toBeGreaterThanOrEqual(599);
    expect(timestampOf(sent.at(-1)!) - timestampOf(sent.at(-2)!)).toBeGreaterThanOrEqual(599);
  });

  it('forgets a learned offset after it expired', async () => {
    const mock = createMockFetch();
    mock.faults.add({ fault: { type: 'clockSkew', ms: 600_000 } });
    let localNow = Date.now();
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, now: () => localNow, sleep: async () => {} });
    await wdt.wms.stockin.PreStockin.cancel('RK2004210014');
    expect(wdt.clockOffsetMs).not.toBe(0);
    localNow += 31 * 60_000;
    expect(wdt.clockOffsetMs).toBe(0);
  });
});
