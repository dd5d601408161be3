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
  ...stockBehaviours,
  ...rawTradeBehaviours,
  ...tradeBehaviours,
  ...goodsBehaviours,
  ...purchaseOrderBehaviours,
};
