import { DocumentStore } from './DocumentStore.js';
import { readFlag, readNumberFields, readText, readTextFields, type Fields } from './readArgs.js';

/** One 单品 (SKU): the fields `goods.Goods.push` takes that `goods.Goods.queryWithSpec` returns. */
export interface MockSpec {
  spec_id: number;
  spec_no: string;
  spec_code: string;
  barcode: string;
  spec_name: string;
  lowest_price: number;
  retail_price: number;
  wholesale_price: number;
  member_price: number;
  market_price: number;
  validity_days: number;
  sales_days: number;
  receive_days: number;
  weight: number;
  length: number;
  width: number;
  height: number;
  sn_type: number;
  is_lower_cost: boolean;
  wms_process_mask: number;
  large_type: number;
  goods_label: string;
  remark: string;
  img_url: string;
  tax_code: string;
  prop1: string;
  prop2: string;
  prop3: string;
  prop4: string;
  prop5: string;
  prop6: string;
  custom_price1: number;
  custom_price2: number;
  unit_name: string;
  aux_unit_name: string;
  pack_score: number;
  pick_score: number;
  scan_score: number;
  sale_score: number;
  /** 0 = not deleted. */
  deleted: number;
  /** 副条码: the SKU's barcodes besides the main one (goods.Barcode.upload). */
  other_barcodes: string[];
  /** `yyyy-MM-dd HH:mm:ss`, Beijing time. */
  spec_created: string;
  spec_modified: string;
}

/** A 货品 (goods record) with its SKUs. */
export interface MockGoods {
  goods_id: number;
  goods_no: string;
  goods_name: string;
  short_name: string;
  alias: string;
  pinyin: string;
  goods_type: number;
  brand_name: string;
  class_name: string;
  unit_name: string;
  aux_unit_name: string;
  flag_name: string;
  origin: string;
  remark: string;
  prop1: string;
  prop2: string;
  prop3: string;
  prop4: string;
  prop5: string;
  prop6: string;
  deleted: number;
  goods_created: string;
  goods_modified: string;
  spec_list: MockSpec[];
}

export type MockSpecSeed = Pick<MockSpec, 'spec_no'> & Partial<MockSpec>;
export type MockGoodsSeed = Pick<MockGoods, 'goods_no'> & Partial<Omit<MockGoods, 'spec_list'>> & { spec_list?: MockSpecSeed[] };

export type GoodsPushResult = { ok: true; goods_id: number; created: boolean } | { ok: false; message: string };

const SPEC_TEXT = ['spec_code', 'barcode', 'spec_name', 'goods_label', 'remark', 'img_url', 'tax_code', 'prop1', 'prop2', 'prop3', 'prop4', 'prop5', 'prop6', 'unit_name', 'aux_unit_name'] as const;
const SPEC_NUMBERS = [
  'lowest_price', 'retail_price', 'wholesale_price', 'member_price', 'market_price', 'validity_days', 'sales_days', 'receive_days',
  'weight', 'length', 'width', 'height', 'sn_type', 'wms_process_mask', 'large_type', 'custom_price1', 'custom_price2',
  'pack_score', 'pick_score', 'scan_score', 'sale_score',
] as const;
// pinyin is not in the push table; the push page's request example sends it and the query example returns it.
const GOODS_TEXT = ['goods_name', 'short_name', 'alias', 'pinyin', 'brand_name', 'class_name', 'unit_name', 'aux_unit_name', 'flag_name', 'origin', 'remark', 'prop1', 'prop2', 'prop3', 'prop4', 'prop5', 'prop6'] as const;
// "不传或为空则默认为'无'" on the push page.
const NONE_BY_DEFAULT = ['brand_name', 'class_name', 'unit_name', 'aux_unit_name', 'flag_name'] as const;

/** Error messages of the push: the page's own example, and the error guide's lines about goods. */
export const GOODS_ERRORS = {
  /** goods.Barcode.upload's example: a barcode already in use. */
  barcodeRepeated: '条码重复',
  /** A merchant code the archive lacks, worded as goods.Suite.upload2's error example. */
  unknownSpec: (specNo: string): string => `商家编码:${specNo} 单品不存在`,
  noSpec: '最少包含一个规格！',
  specRepeated: '商家编码已存在',
  specOfOtherGoods: '商家编码和货品编号不匹配',
  barcodeTaken: '单品或者组合装的条码不能重复',
} as const;

/** The goods every doc page's example shows in the test account (`wangdiantong`, goods_id 1, spec_id 1). */
export const DEFAULT_GOODS: readonly MockGoodsSeed[] = [
  {
    goods_no: 'wangdiantong',
    goods_id: 1,
    goods_name: 'wangdiantong',
    goods_type: 1,
    brand_name: '发发拉',
    class_name: '短袖1',
    unit_name: '箱',
    spec_list: [{ spec_no: 'wangdiantong', spec_id: 1, spec_code: 'LL ', barcode: 'wangdiantong', spec_name: '暂无', retail_price: 234, weight: 0.2, length: 1, width: 2, height: 3, wms_process_mask: 8 }],
  },
];

/**
 * The goods archive: `goods.Goods.push` creates or updates a goods record and its SKUs, matched by
 * goods_no and spec_no ("传入已经存在的goods_no或spec_no的时候对应的操作是修改操作").
 */
export class GoodsStore extends DocumentStore<MockGoods, MockGoodsSeed> {
  readonly #clock: () => string;
  #nextGoodsId = 1;
  #nextSpecId = 1;

  /** `clock` gives the current time as `yyyy-MM-dd HH:mm:ss`, for documents seeded without one. */
  constructor(goods: Iterable<MockGoodsSeed> | undefined = DEFAULT_GOODS, clock: () => string) {
    super((record) => record.goods_no);
    this.#clock = clock;
    this.replaceAll(goods);
  }

  /** The SKU with this merchant code and its goods record (copies), or undefined. */
  findSpec(specNo: string): { goods: MockGoods; spec: MockSpec } | undefined {
    for (const goods of this.stored()) {
      const spec = goods.spec_list.find((candidate) => candidate.spec_no === specNo);
      if (spec) return structuredClone({ goods, spec });
    }
    return undefined;
  }

  /** Creates or updates one goods record and the SKUs given; SKUs left out stay as they are. */
  push(goodsInfo: Fields, specInfoList: Fields[], now: string): GoodsPushResult {
    const goodsNo = readText(goodsInfo.goods_no);
    const specNos = specInfoList.map((spec) => readText(spec.spec_no));
    if (specNos.length === 0) return { ok: false, message: GOODS_ERRORS.noSpec };
    if (new Set(specNos).size < specNos.length) return { ok: false, message: GOODS_ERRORS.specRepeated };
    for (const specNo of specNos) {
      const owner = this.findSpec(specNo);
      if (owner && owner.goods.goods_no !== goodsNo) return { ok: false, message: GOODS_ERRORS.specOfOtherGoods };
    }
    if (this.#barcodeClash(specInfoList)) return { ok: false, message: GOODS_ERRORS.barcodeTaken };

    const existing = this.get(goodsNo);
    const goodsChange = { ...readTextFields(goodsInfo, GOODS_TEXT), ...readNumberFields(goodsInfo, ['goods_type']) };
    for (const key of NONE_BY_DEFAULT) if (goodsChange[key] === '') goodsChange[key] = '无';
    const specList = existing?.spec_list ?? [];
    for (const specInfo of specInfoList) {
      const change = { ...readTextFields(specInfo, SPEC_TEXT), ...readNumberFields(specInfo, SPEC_NUMBERS), ...(specInfo.is_lower_cost !== undefined ? { is_lower_cost: readFlag(specInfo.is_lower_cost) } : {}) };
      const index = specList.findIndex((spec) => spec.spec_no === specInfo.spec_no);
      if (index >= 0) specList[index] = { ...specList[index]!, ...change, spec_modified: now };
      else specList.push(this.#normalizeSpec({ spec_no: readText(specInfo.spec_no), ...change, spec_created: now, spec_modified: now }));
    }
    const goods: MockGoodsSeed = existing
      ? { ...existing, ...goodsChange, goods_modified: now, spec_list: specList }
      : { goods_no: goodsNo, ...goodsChange, goods_created: now, goods_modified: now, spec_list: specList };
    this.put(goods);
    return { ok: true, goods_id: this.get(goodsNo)!.goods_id, created: !existing };
  }

  /**
   * goods.Barcode.upload: adds a barcode to the SKU with this merchant code, or replaces
   * `oldBarcode` with it (an update, type 2; without the old one on the SKU it is added). Refused
   * with the reason when the SKU is unknown or the barcode is in use.
   */
  putBarcode(specNo: string, barcode: string, oldBarcode: string, now: string): { ok: true } | { ok: false; message: string } {
    const owner = this.findSpec(specNo);
    if (!owner) return { ok: false, message: GOODS_ERRORS.unknownSpec(specNo) };
    if (this.#barcodeOwners().has(barcode)) return { ok: false, message: GOODS_ERRORS.barcodeRepeated };
    const goods = this.get(owner.goods.goods_no)!;
    const spec = goods.spec_list.find((candidate) => candidate.spec_no === specNo)!;
    if (oldBarcode !== '' && spec.barcode === oldBarcode) spec.barcode = barcode;
    else spec.other_barcodes = [...spec.other_barcodes.filter((other) => other !== oldBarcode || oldBarcode === ''), barcode];
    spec.spec_modified = now;
    this.put(goods);
    return { ok: true };
  }

  // Every barcode in the archive, main or other, and the merchant code it belongs to.
  #barcodeOwners(): Map<string, string> {
    const owners = new Map<string, string>();
    for (const goods of this.stored()) {
      for (const spec of goods.spec_list) for (const barcode of [spec.barcode, ...spec.other_barcodes]) if (barcode) owners.set(barcode, spec.spec_no);
    }
    return owners;
  }

  // A barcode may belong to one SKU only, across all goods and within the push itself.
  #barcodeClash(specInfoList: Fields[]): boolean {
    const owners = this.#barcodeOwners();
    const pushed = new Map<string, string>();
    for (const specInfo of specInfoList) {
      const barcode = readText(specInfo.barcode);
      const specNo = readText(specInfo.spec_no);
      if (!barcode) continue;
      if ((owners.has(barcode) && owners.get(barcode) !== specNo) || (pushed.has(barcode) && pushed.get(barcode) !== specNo)) return true;
      pushed.set(barcode, specNo);
    }
    return false;
  }

  protected override normalize(seed: MockGoodsSeed): MockGoods {
    const now = this.#clock();
    const goods_id = seed.goods_id ?? this.#nextGoodsId;
    this.#nextGoodsId = Math.max(this.#nextGoodsId, goods_id + 1);
    const blank = Object.fromEntries(GOODS_TEXT.map((key) => [key, ''])) as Record<(typeof GOODS_TEXT)[number], string>;
    for (const key of NONE_BY_DEFAULT) blank[key] = '无';
    return {
      ...blank,
      goods_type: 0,
      deleted: 0,
      goods_created: now,
      goods_modified: seed.goods_created ?? now,
      ...seed,
      goods_id,
      spec_list: (seed.spec_list ?? []).map((spec) => this.#normalizeSpec({ spec_created: seed.goods_created ?? now, ...spec })),
    };
  }

  #normalizeSpec(seed: MockSpecSeed): MockSpec {
    const now = this.#clock();
    const spec_id = seed.spec_id ?? this.#nextSpecId;
    this.#nextSpecId = Math.max(this.#nextSpecId, spec_id + 1);
    const text = Object.fromEntries(SPEC_TEXT.map((key) => [key, ''])) as Record<(typeof SPEC_TEXT)[number], string>;
    const numbers = Object.fromEntries(SPEC_NUMBERS.map((key) => [key, 0])) as Record<(typeof SPEC_NUMBERS)[number], number>;
    return { ...text, ...numbers, is_lower_cost: false, deleted: 0, other_barcodes: [], spec_created: now, spec_modified: seed.spec_created ?? now, ...seed, spec_id };
  }

  protected override onClear(): void {
    this.#nextGoodsId = 1;
    this.#nextSpecId = 1;
  }
}
