import type { MockBehaviour } from '../behaviours/MockBehaviour.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import { declaredBehaviour } from './declaredBehaviour.js';

/** The behaviour of every method whose spec declares an effect (`mock:` other than generic), by wire name. */
export function declaredBehaviours(methods: Readonly<Record<string, MockMethodSpec>>): Record<string, MockBehaviour> {
  const behaviours: Record<string, MockBehaviour> = {};
  for (const [method, spec] of Object.entries(methods)) {
    const behaviour = spec.mock && declaredBehaviour(spec.mock);
    if (behaviour) behaviours[method] = behaviour;
  }
  return behaviours;
}
