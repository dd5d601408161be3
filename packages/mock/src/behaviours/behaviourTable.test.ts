import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../createMockFetch.js';
import { handlerTable } from '../generated/handlers.js';
import { envelopeOf, FIXED_NOW_MS } from '../testing/callMock.js';
import { behaviourTable } from './behaviourTable.js';

// The two pages the project started from (../shared/seeds): a fresh mock must make their examples true.
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
  it.each(Object.keys(behaviourTable))('has a spec for %s', (method) => {
    expect(handlerTable[method]?.method).toBe(method);
  });
});
