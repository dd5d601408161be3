import { asFieldsList, readFlag, readNumber, readText } from './readArgs.js';

/** One goods line of a stock document (`goods_list`). */
export interface GoodsLine {
  spec_no: string;
  num: number;
  defect: boolean;
  remark: string;
  batch_no: string;
  position_no: string;
}

/** The error of the create pages' examples when the outer number is taken. */
export const OUTER_NO_TAKEN = '外部单号重复!';

/** Refusals of a document's goods lines, worded as the error guide gives them. */
export const GOODS_LINE_ERRORS = {
  unknownGoods: '货品列表中货品不存在或者货品重复!',
  repeatedSpec: '货品列表中有相同商家编码的货品！',
  badQuantity: '数量不合法',
  notEnoughStock: (specNo: string): string => `商家编码(spec_no):${specNo},出库量不能大于可出库存量`,
} as const;

/** The goods lines of a stock document (`goods_list`, `order_details`), read from the call. */
export function readGoodsLines(value: unknown): GoodsLine[] {
  return asFieldsList(value).map((line) => ({
    spec_no: readText(line.spec_no),
    num: readNumber(line.num),
    defect: readFlag(line.defect),
    remark: readText(line.remark),
    batch_no: readText(line.batch_no),
    position_no: readText(line.position_no),
  }));
}

/**
 * Why these lines cannot make a document, or undefined: no line or a merchant code the goods
 * archive does not have, the same SKU twice (the ERP's default configuration refuses it), or a
 * quantity that is not positive.
 */
export function goodsLinesRefusal(lines: readonly GoodsLine[], knownSpec: (specNo: string) => boolean): string | undefined {
  if (lines.length === 0) return GOODS_LINE_ERRORS.unknownGoods;
  const seen = new Set<string>();
  for (const line of lines) {
    if (!knownSpec(line.spec_no)) return GOODS_LINE_ERRORS.unknownGoods;
    const key = `${line.spec_no}\0${line.defect}`;
    if (seen.has(key)) return GOODS_LINE_ERRORS.repeatedSpec;
    seen.add(key);
    if (!(line.num > 0)) return GOODS_LINE_ERRORS.badQuantity;
  }
  return undefined;
}
