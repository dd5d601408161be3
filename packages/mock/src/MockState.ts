import { DEFAULT_OTHER_STOCKINS, OtherStockinStore, type OtherStockinOrder } from './behaviours/OtherStockinStore.js';
import { DEFAULT_PRE_STOCKINS, PreStockinStore, type PreStockinOrder } from './behaviours/PreStockinStore.js';

/** The documents a mock starts with; a kind left out gets its default documents. */
export interface MockSeed {
  preStockins?: readonly PreStockinOrder[];
  otherStockins?: readonly OtherStockinOrder[];
}

/** The in-memory ERP behind the methods with hand-written behaviour: one store per kind of document. */
export class MockState {
  readonly preStockins: PreStockinStore;
  readonly otherStockins: OtherStockinStore;
  readonly #seed: Required<MockSeed>;

  constructor(seed: MockSeed = {}) {
    this.#seed = { preStockins: seed.preStockins ?? DEFAULT_PRE_STOCKINS, otherStockins: seed.otherStockins ?? DEFAULT_OTHER_STOCKINS };
    this.preStockins = new PreStockinStore(this.#seed.preStockins);
    this.otherStockins = new OtherStockinStore(this.#seed.otherStockins);
  }

  /** Back to the seed documents (the store objects stay the same). */
  reset(): void {
    this.preStockins.replaceAll(this.#seed.preStockins);
    this.otherStockins.replaceAll(this.#seed.otherStockins);
  }
}
