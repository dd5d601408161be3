import { DocumentStore } from './DocumentStore.js';

/** The platform id of a self-owned shop (平台代码表: 127 自有平台); only these take pushed raw orders. */
export const SELF_OWNED_PLATFORM_ID = 127;

/** A shop of the ERP (setting.Shop), as far as the order flows need one. */
export interface MockShop {
  shop_no: string;
  shop_id: number;
  shop_name: string;
  /** 平台代码表: 127 self-owned, 0 offline, 1 Taobao/Tmall, ... */
  platform_id: number;
  is_disabled: boolean;
}

/** What a test or a fixtures file gives: at least the shop number. */
export type MockShopSeed = Pick<MockShop, 'shop_no'> & Partial<MockShop>;

/**
 * A fresh mock's shops: `wdtapi3-test`, the self-owned shop (id 290) that the doc pages' query
 * examples return, and `test`, the shop the raw-order push example pushes to.
 */
export const DEFAULT_SHOPS: readonly MockShopSeed[] = [
  { shop_no: 'wdtapi3-test', shop_id: 290, platform_id: SELF_OWNED_PLATFORM_ID },
  { shop_no: 'test', shop_id: 291, platform_id: SELF_OWNED_PLATFORM_ID },
];

/** The shops the mock knows; a shop given without an id gets the next free one. */
export class ShopStore extends DocumentStore<MockShop, MockShopSeed> {
  #nextShopId = 1;

  constructor(shops: Iterable<MockShopSeed> = DEFAULT_SHOPS) {
    super((shop) => shop.shop_no);
    this.replaceAll(shops);
  }

  protected override normalize(seed: MockShopSeed): MockShop {
    const shop_id = seed.shop_id ?? this.#nextShopId;
    this.#nextShopId = Math.max(this.#nextShopId, shop_id + 1);
    return { shop_name: seed.shop_no, platform_id: SELF_OWNED_PLATFORM_ID, is_disabled: false, ...seed, shop_id };
  }

  protected override onClear(): void {
    this.#nextShopId = 1;
  }
}
