import { failure } from '../MockEnvelope.js';
import { goodsBehaviours } from './goodsBehaviours.js';
import type { MockBehaviour } from './MockBehaviour.js';
import { purchaseOrderBehaviours } from './purchaseOrderBehaviours.js';
import { rawTradeBehaviours } from './rawTradeBehaviours.js';
import { stockBehaviours } from './stockBehaviours.js';
import { tradeBehaviours } from './tradeBehaviours.js';

/**
 * Methods with hand-written behaviour, by wire name. A behaviour only answers when its method is
 * in the mock's method table (the specs): until then the method is unknown, like any other.
 * Every other spec'd method gets the generic answer.
 */
export const behaviourTable: Readonly<Record<string, MockBehaviour>> = {
  'wms.stockin.PreStockin.cancel': ({ state, args }) => {
    const result = state.preStockins.cancel(args[0] as string);
    return result.cancelled ? { status: 0 } : failure(100, result.reason);
  },
  ...stockBehaviours,
  ...rawTradeBehaviours,
  ...tradeBehaviours,
  ...goodsBehaviours,
  ...purchaseOrderBehaviours,
};
