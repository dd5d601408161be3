import { formatBeijingDateTime } from './behaviours/beijingTime.js';
import { DocumentNumbers } from './behaviours/DocumentNumbers.js';
import { DEFAULT_GOODS, GoodsStore, type MockGoodsSeed } from './behaviours/GoodsStore.js';
import { DEFAULT_RESOURCES } from './behaviours/defaultResources.js';
import { DEFAULT_PURCHASE_ORDERS, PurchaseOrderStore, type MockPurchaseOrderSeed } from './behaviours/PurchaseOrderStore.js';
import { RawTradeStore, type MockRawTradeSeed } from './behaviours/RawTradeStore.js';
import { DEFAULT_SHOPS, ShopStore, type MockShopSeed } from './behaviours/ShopStore.js';
import { DEFAULT_STOCK, StockLedger, type MockStockSeed } from './behaviours/StockLedger.js';
import { submitTrades } from './behaviours/tradeBehaviours.js';
import { goodsNamedByExamples } from './engine/goodsNamedByExamples.js';
import { ResourceStore } from './engine/ResourceStore.js';
import type { ResourceSeed } from './engine/seedRecords.js';
import { handlerTable } from './generated/handlers.js';
import type { MockMethodSpec } from './MockMethodSpec.js';

/**
 * The documents a mock starts with (also the shape of a fixtures file); a kind left out gets its
 * default documents. Records may leave out what the mock can fill in (ids, timestamps, zeros).
 */
export interface MockSeed {
  shops?: readonly MockShopSeed[];
  goods?: readonly MockGoodsSeed[];
  stock?: readonly MockStockSeed[];
  rawTrades?: readonly MockRawTradeSeed[];
  purchaseOrders?: readonly MockPurchaseOrderSeed[];
  /** Records of the resources the specs declare (`mock.defines`), by resource name, shaped as the defining query answers them. */
  resources?: ResourceSeed;
}

/** Every kind of document a seed or fixtures file may hold. */
export const MOCK_SEED_KINDS: readonly (keyof MockSeed)[] = [
  'shops',
  'goods',
  'stock',
  'rawTrades',
  'purchaseOrders',
  'resources',
];

const DEFAULT_SEED: Required<MockSeed> = {
  shops: DEFAULT_SHOPS,
  goods: DEFAULT_GOODS,
  stock: DEFAULT_STOCK,
  rawTrades: [],
  purchaseOrders: DEFAULT_PURCHASE_ORDERS,
  resources: DEFAULT_RESOURCES,
};

/** The in-memory ERP behind the methods with hand-written behaviour: one store per kind of document. */
export class MockState {
  /** Shops: raw orders can only be pushed to a known, enabled, self-owned one. */
  readonly shops: ShopStore;
  /** The goods archive (goods.Goods). */
  readonly goods: GoodsStore;
  /** Stock on hand per warehouse, SKU and defect flag. */
  readonly stock: StockLedger;
  /** 原始单 (sales.RawTrade). */
  readonly rawTrades: RawTradeStore;
  /** 采购单 (purchase.PurchaseOrder). */
  readonly purchaseOrders: PurchaseOrderStore;
  /** The records of the resources the specs declare, run by the engine (packages/mock/src/engine). */
  readonly resources: ResourceStore;
  /** Numbers for documents the caller leaves unnumbered. */
  readonly numbers: DocumentNumbers = new DocumentNumbers();
  readonly #seed: Required<MockSeed>;
  readonly #now: () => number;

  /** `now` is the mock's clock: it stamps seeded records that carry no time. */
  constructor(seed: MockSeed = {}, now: () => number = Date.now, methods: Readonly<Record<string, MockMethodSpec>> = handlerTable) {
    // By default the goods archive also holds the goods the request examples name (see goodsNamedByExamples).
    const goods = [...DEFAULT_GOODS, ...goodsNamedByExamples(methods, DEFAULT_GOODS)];
    this.#seed = { ...DEFAULT_SEED, goods, ...Object.fromEntries(Object.entries(seed).filter(([, value]) => value !== undefined)) };
    const clock = () => formatBeijingDateTime(now());
    this.shops = new ShopStore(this.#seed.shops);
    this.goods = new GoodsStore(this.#seed.goods, clock);
    this.stock = new StockLedger(this.#seed.stock, clock);
    this.rawTrades = new RawTradeStore(this.#seed.rawTrades, clock);
    this.purchaseOrders = new PurchaseOrderStore(this.#seed.purchaseOrders, clock);
    this.resources = new ResourceStore(methods, this.#seed.resources, now);
    this.#now = now;
    this.#submitSeededRawTrades();
  }

  // The ERP has 递交ed the raw orders it starts with: their trades are there too.
  #submitSeededRawTrades(): void {
    submitTrades(this, this.rawTrades.list().map((trade) => trade.tid), this.#now());
  }

  /** Back to the seed documents (the store objects stay the same). */
  reset(): void {
    this.shops.replaceAll(this.#seed.shops);
    this.goods.replaceAll(this.#seed.goods);
    this.stock.replaceAll(this.#seed.stock);
    this.rawTrades.replaceAll(this.#seed.rawTrades);
    this.purchaseOrders.replaceAll(this.#seed.purchaseOrders);
    this.resources.reset();
    this.#submitSeededRawTrades();
    this.numbers.reset();
  }
}
