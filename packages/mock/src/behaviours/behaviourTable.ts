import { failure } from '../MockEnvelope.js';
import type { MockBehaviour } from './MockBehaviour.js';

/** Methods with hand-written behaviour, by wire name. Every other spec'd method gets the generic answer. */
export const behaviourTable: Readonly<Record<string, MockBehaviour>> = {
  'wms.stockin.PreStockin.cancel': ({ state, args }) => {
    const result = state.preStockins.cancel(args[0] as string);
    return result.cancelled ? { status: 0 } : failure(100, result.reason);
  },

  // Each number on its own: failures go to error_data and the call itself still succeeds.
  'wms.stockother.In.cancelOrder': ({ state, args }) => {
    const success_data: string[] = [];
    const error_data: { order_no: string; err_msg: string }[] = [];
    for (const orderNo of args[0] as string[]) {
      const result = state.otherStockins.cancel(orderNo);
      if (result.cancelled) success_data.push(orderNo);
      else error_data.push({ order_no: orderNo, err_msg: result.reason });
    }
    return { status: 0, data: { success_data, error_data } };
  },
};
