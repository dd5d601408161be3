import { WdtClient } from '@wdt-kit/client';
import { describe, expect, it } from 'vitest';
import { useWdtMock } from './vitest.js';

let seenUrl = '';

describe('useWdtMock, a loopback server for the file', () => {
  const mock = useWdtMock();

  it('is running in the tests, and clientOptions point a WdtClient at it', async () => {
    seenUrl = mock.url;
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/openapi$/);
    await new WdtClient(mock.clientOptions).call('wms.stockin.PreStockin.cancel', ['RK2004210014']);
    mock.faults.add({ fault: { type: 'badGateway' } });
    expect(mock.state.resources.get('stockin.pre', 'RK2004210014')?.status).toBe(10); // 已取消
    expect(mock.calls).toHaveLength(1);
  });

  it('is reset before each test: documents, calls and faults as they started', async () => {
    expect(mock.url).toBe(seenUrl);
    expect(mock.state.resources.get('stockin.pre', 'RK2004210014')?.status).toBe(20); // 编辑中
    expect([mock.calls, mock.faults.rules]).toEqual([[], []]);
  });
});

describe('after the block that used it', () => {
  it('the server is closed', async () => {
    expect(seenUrl).not.toBe('');
    await expect(fetch(seenUrl, { method: 'POST', body: '[]' })).rejects.toThrow('fetch failed');
  });
});

describe('useWdtMock({ inProcess: true })', () => {
  const mock = useWdtMock({ inProcess: true, seed: { resources: { 'stockin.pre': [{ stockin_no: 'RK1', status: 30 }] } } });

  it('answers through its fetch, with the seed given', async () => {
    expect(mock.clientOptions.fetch).toBe(mock.fetch);
    await new WdtClient(mock.clientOptions).call('wms.stockin.PreStockin.cancel', ['RK1']);
    expect(mock.state.resources.get('stockin.pre', 'RK1')?.status).toBe(10); // 已取消
    // The seed's resources take the place of the default ones (RK2004210015 待审核).
    expect(mock.state.resources.has('stockin.pre', 'RK2004210015')).toBe(false);
  });
});

describe('useWdtMock outside of tests', () => {
  let early: unknown;
  const mock = useWdtMock({ inProcess: true });
  try {
    void mock.state;
  } catch (error) {
    early = error;
  }

  it('says that the mock starts in beforeAll when read before it', () => {
    expect((early as Error).message).toBe('useWdtMock: the mock starts in beforeAll; use it inside a test or a hook');
  });
});
