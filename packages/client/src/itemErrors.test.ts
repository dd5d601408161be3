import type { MethodMeta } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { itemErrorsOf, throwItemErrors, WdtBareClient, WdtItemErrorsError, type ItemErrorsMode } from './bare.js';

const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210' };

// A cancel of several documents, as wms.stockother.In.cancelOrder's spec describes it.
const cancelMeta: MethodMeta = {
  method: 'demo.Order.cancel',
  title: '取消',
  idempotent: false,
  paged: false,
  args: [{ name: 'order_no_list', required: true, schema: { type: 'array', items: { type: 'string' } } }],
  partialFailure: { at: 'data.error_data', shape: 'list', key: 'order_no', message: 'err_msg' },
};
const PARTIAL = { status: 0, data: { success_data: ['A'], error_data: [{ order_no: 'B', err_msg: '状态不允许取消' }] } };
const ALL_DONE = { status: 0, data: { success_data: ['A', 'B'], error_data: [] } };

const clientAnswering = (answer: unknown, itemErrors?: ItemErrorsMode) => {
  let calls = 0;
  const client = new WdtBareClient({
    ...account,
    ...(itemErrors ? { itemErrors } : {}),
    now: () => 1_704_067_200_000,
    fetch: async () => {
      calls++;
      return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
    },
  });
  return { client, calls: () => calls };
};

describe('failed items inside a successful answer', () => {
  it('are not looked for without the answer check (a method whose spec has no partialFailure passes none)', async () => {
    expect(await clientAnswering(PARTIAL, 'throw').client.invoke(cancelMeta, [['A', 'B']])).toEqual(PARTIAL.data);
  });

  it('are returned with the data by default, and itemErrorsOf reads them where the spec says', async () => {
    const { client } = clientAnswering(PARTIAL);
    const data = await client.invoke(cancelMeta, [['A', 'B']]);
    expect(data).toEqual(PARTIAL.data);
    expect(itemErrorsOf(cancelMeta, data)).toEqual([{ item: 'B', message: '状态不允许取消', detail: { order_no: 'B', err_msg: '状态不允许取消' } }]);
  });

  it.each([
    ['the client option', 'throw' as const, undefined],
    ['a call option', undefined, 'throw' as const],
  ])('throw WdtItemErrorsError with the typed items and the data when %s asks for it, without repeating the call', async (_label, clientMode, callMode) => {
    const { client, calls } = clientAnswering(PARTIAL, clientMode);
    const error = await client.invoke(cancelMeta, [['A', 'B']], callMode ? { itemErrors: callMode } : {}, throwItemErrors).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtItemErrorsError);
    expect((error as WdtItemErrorsError).itemErrors).toEqual([{ item: 'B', message: '状态不允许取消', detail: { order_no: 'B', err_msg: '状态不允许取消' } }]);
    expect((error as WdtItemErrorsError).data).toEqual(PARTIAL.data);
    expect((error as WdtItemErrorsError).message).toBe('demo.Order.cancel: 1 item(s) failed (first: B: 状态不允许取消)');
    expect(calls()).toBe(1);
  });

  it('throw nothing when every item went through, or when the method reports no items', async () => {
    expect(await clientAnswering(ALL_DONE, 'throw').client.invoke(cancelMeta, [['A', 'B']], {}, throwItemErrors)).toEqual(ALL_DONE.data);
    const { partialFailure: _none, ...plain } = cancelMeta;
    expect(await clientAnswering(PARTIAL, 'throw').client.invoke(plain, [['A', 'B']], {}, throwItemErrors)).toEqual(PARTIAL.data);
  });

  it('are found beside data, in the envelope, for methods that report them there', async () => {
    const meta: MethodMeta = { ...cancelMeta, partialFailure: { at: 'envelope.error_info', shape: 'map' } };
    const error = await clientAnswering({ status: 0, error_info: { FP1: '发票不存在!' } }, 'throw').client.invoke(meta, [['FP1']], {}, throwItemErrors).catch((e: unknown) => e);
    expect((error as WdtItemErrorsError).itemErrors).toEqual([{ item: 'FP1', message: '发票不存在!', detail: '发票不存在!' }]);
  });
});
