import { describe, expect, it } from 'vitest';
import { parseFaultFlag } from './parseFaultFlag.js';

describe('parseFaultFlag: one --fault of the command line', () => {
  it.each([
    ['latency=500,method=sales.RawTrade.search', { method: 'sales.RawTrade.search', fault: { type: 'latency', ms: 500 } }],
    ['rateLimit,times=2', { times: 2, fault: { type: 'rateLimit' } }],
    ['rateLimit=concurrency', { fault: { type: 'rateLimit', limit: 'concurrency' } }],
    ['clockSkew=-600000', { fault: { type: 'clockSkew', ms: -600000 } }],
    ['badGateway,probability=0.1', { probability: 0.1, fault: { type: 'badGateway' } }],
    ['connectionReset', { fault: { type: 'connectionReset' } }],
    ['neverEnds', { fault: { type: 'neverEnds' } }],
    ['dropAfterExecute,method=wms.stockin.PreStockin.cancel,times=1', { method: 'wms.stockin.PreStockin.cancel', times: 1, fault: { type: 'dropAfterExecute' } }],
  ])('%s', (flag, rule) => {
    expect(parseFaultFlag(flag)).toEqual(rule);
  });

  it.each([
    ['', /needs a type first/],
    ['slow', /needs a type first/],
    ['latency', /latency=MS must be a number/],
    ['latency=soon', /latency=MS must be a number/],
    ['badGateway=1', /badGateway takes no value/],
    ['rateLimit=hourly', /frequency or concurrency/],
    ['neverEnds,when=later', /options are method=, probability= and times=/],
    ['neverEnds,times=x', /times must be a number/],
  ])('refuses %j', (flag, message) => {
    expect(() => parseFaultFlag(flag)).toThrow(message);
  });
});
