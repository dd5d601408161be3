import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import { handlerTable } from '../generated/handlers.js';
import { envelopeOf, FIXED_NOW_MS } from '../testing/callMock.js';
import { behaviourTable } from './behaviourTable.js';

// The two pages the project started from (their examples are kept in the specs): a fresh mock must make them true.
const SEED_METHODS = ['wms.stockin.PreStockin.cancel', 'wms.stockother.In.cancelOrder'];

describe("a fresh mock answers each seed page's request example with the page's response example", () => {
  it.each(SEED_METHODS)('%s', async (method) => {
    const { examples } = handlerTable[method]!;
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    expect(await envelopeOf(mock, { method, args: examples!.request! })).toEqual(examples!.response);
  });

  it("and the same request again with the page's error example, where it has one", async () => {
    const { examples } = handlerTable['wms.stockin.PreStockin.cancel']!;
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    await envelopeOf(mock, { method: 'wms.stockin.PreStockin.cancel', args: examples!.request! });
    expect(await envelopeOf(mock, { method: 'wms.stockin.PreStockin.cancel', args: examples!.request! })).toEqual(examples!.error);
  });
});

describe('the behaviour table', () => {
  // Specs for most flow methods are still being written: a behaviour must stay silent until its
  // method is in the method table, like any other method the mock does not know.
  it.each(Object.keys(behaviourTable))('%s answers only when its method is in the method table', async (method) => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS, methods: {} });
    expect(await envelopeOf(mock, { method, args: [] })).toEqual({ status: 100, message: '权限不足' });
  });

  it.each(Object.keys(behaviourTable))('%s is described by a spec or by the flow fixtures written from its page', (method) => {
    expect(handlerTable[method]).toMatchObject({ method });
  });
});
