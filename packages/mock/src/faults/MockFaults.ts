import { seededRandom, type SeededRandom } from '../answers/seededRandom.js';
import { MOCK_FAULT_TYPES, type MockFault, type MockFaultRule } from './MockFault.js';

/** A fault rule as the mock holds it: how many calls it may still hit, and how many it did. */
export interface ActiveFaultRule extends MockFaultRule {
  /** Calls it may still hit; undefined for no limit. */
  remaining: number | undefined;
  /** Calls it hit so far. */
  applied: number;
}

/** What a test does with a mock's faults. */
export interface MockFaultControls {
  /** Adds a rule after the existing ones; throws a TypeError for a rule that cannot work. */
  add(rule: MockFaultRule): void;
  /** Removes every rule (until reset() brings back the mock's initial ones). */
  clear(): void;
  /** Copies of the rules, with how often each hit. */
  readonly rules: readonly ActiveFaultRule[];
}

function checkRule(rule: MockFaultRule): void {
  const { fault, probability, times } = rule;
  if (!fault || !MOCK_FAULT_TYPES.includes(fault.type)) throw new TypeError(`unknown fault type ${JSON.stringify(fault?.type)} (one of ${MOCK_FAULT_TYPES.join(', ')})`);
  if (probability !== undefined && !(probability >= 0 && probability <= 1)) throw new TypeError('a fault probability must be between 0 and 1');
  if (times !== undefined && !(Number.isInteger(times) && times > 0)) throw new TypeError('a fault\'s times must be a positive integer');
  if ((fault.type === 'latency' || fault.type === 'clockSkew') && !Number.isFinite(fault.ms)) throw new TypeError(`a ${fault.type} fault needs ms`);
  if (fault.type === 'latency' && fault.ms < 0) throw new TypeError('latency cannot be negative');
}

/**
 * The faults a mock injects. For each call the rules are tried in the order they were added; the
 * first that matches the method, still has calls left and wins its probability roll applies.
 * The rolls come from one sequence seeded by the fault seed, so the same calls in the same order
 * get the same faults.
 */
export class MockFaults implements MockFaultControls {
  readonly #initial: readonly MockFaultRule[];
  readonly #seed: string;
  #rules: ActiveFaultRule[] = [];
  #random: SeededRandom;

  constructor(initial: readonly MockFaultRule[] = [], seed: string | number = 0) {
    initial.forEach(checkRule);
    this.#initial = initial.map((rule) => structuredClone(rule));
    this.#seed = `${seed}\0faults`;
    this.#random = seededRandom(this.#seed);
    this.reset();
  }

  /** Adds a rule after the existing ones. */
  add(rule: MockFaultRule): void {
    checkRule(rule);
    this.#rules.push({ ...structuredClone(rule), remaining: rule.times, applied: 0 });
  }

  /** Removes every rule. */
  clear(): void {
    this.#rules = [];
  }

  /** Copies of the rules, with how often each hit. */
  get rules(): readonly ActiveFaultRule[] {
    return this.#rules.map((rule) => structuredClone(rule));
  }

  /** Back to the rules the mock was created with, counters and random sequence restarted. */
  reset(): void {
    this.#rules = [];
    this.#random = seededRandom(this.#seed);
    for (const rule of this.#initial) this.add(rule);
  }

  /** The fault for one call of `method`, if any; counts it against its rule. */
  draw(method: string): MockFault | undefined {
    for (const rule of this.#rules) {
      if (rule.method !== undefined && rule.method !== method) continue;
      if (rule.remaining === 0) continue;
      if (rule.probability !== undefined && rule.probability < 1 && this.#random.next() >= rule.probability) continue;
      if (rule.remaining !== undefined) rule.remaining--;
      rule.applied++;
      return structuredClone(rule.fault);
    }
    return undefined;
  }
}
