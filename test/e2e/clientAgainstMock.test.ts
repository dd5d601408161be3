// The typed client against the mock, in process and over real loopback HTTP: the seed pages'
// examples, their documented errors, and the protocol failures the mock reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WdtApiError, WdtClient } from '../../packages/client/dist/index.js';
import { createMockFetch, createMockServer } from '../../packages/mock/dist/index.js';
import { mockAccount, SECRET } from '../support/repoRoot.js';

describe('a fresh mock answers each seed page request example with its response example', () => {
  it.each([
    ['wms.stockin.PreStockin.cancel', ['RK2004210014'], undefined],
    ['wms.stockother.In.cancelOrder', [['QR3796', 'QR3795', 'QR3797']], { success_data: ['QR3796', 'QR3795'], error_data: [{ order_no: 'QR3797', err_msg: '单据状态不是编辑中、待审核、已审核，不允许取消' }] }],
  ])('%s', async (method, args, data) => {
    const mock = createMockFetch();
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch });
    await expect(wdt.call(method, args)).resolves.toEqual(data);
  });
});

describe('over real HTTP', () => {
  let mock: Awaited<ReturnType<typeof createMockServer>>;
  beforeAll(async () => {
    mock = await createMockServer({ port: 0 });
  });
  afterAll(() => mock.close());

  it('cancels once, then reports the documented error', async () => {
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url });
    await wdt.wms.stockin.PreStockin.cancel('RK2004210014');
    const again = await wdt.wms.stockin.PreStockin.cancel('RK2004210014').catch((e: unknown) => e);
    expect(again).toBeInstanceOf(WdtApiError);
    expect(again).toMatchObject({ status: 100, kind: 'business', apiMessage: '入库单状态不为待审核或编辑中 ' });
    expect(mock.calls.map((c) => c.status)).toEqual([0, 100]);
  });

  it.each([
    ['a wrong secret', { appSecret: `ffffffffffffffffffffffffffffffff:${mockAccount.appSecret.split(':')[1]}` }, 1, 'auth'],
    ['an unknown sid', { sid: 'nobody' }, 1, 'auth'],
  ])('reports %s as WdtApiError without the secret', async (_label, override, status, kind) => {
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, ...override });
    const error = (await wdt.wms.stockin.PreStockin.cancel('RK2004210015').catch((e: unknown) => e)) as WdtApiError;
    expect(error).toMatchObject({ status, kind });
    expect(`${error.message} ${error.stack}`).not.toContain(SECRET);
  });

  it('corrects a skewed clock from the Date header and keeps the offset', async () => {
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, now: () => Date.now() - 600_000 });
    await wdt.wms.stockin.PreStockin.cancel('RK2004210015');
    expect(Math.abs(wdt.clockOffsetMs - 600_000)).toBeLessThan(5_000);
  });
});
