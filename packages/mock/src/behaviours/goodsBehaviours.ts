import { withFailedItems } from '../answers/failedItems.js';
import { pageOfRows } from '../answers/pageEnvelope.js';
import { failure } from '../MockEnvelope.js';
import { formatBeijingDateTime, parseBeijingDateTime } from './beijingTime.js';
import type { MockGoods } from './GoodsStore.js';
import type { MockBehaviour } from './MockBehaviour.js';
import { byModifiedThenId, inTimeRange, pagedShapeOf, pagerOf, TIME_RANGE_REQUIRED, timeRangeOf } from './queryHelpers.js';
import { asFields, asFieldsList, readFlag, readNumber, readText } from './readArgs.js';

/** `goods.Goods.push`: `data` is the goods id ("调用成功返回货品id"). */
const pushGoods: MockBehaviour = ({ state, args, nowMs }) => {
  const result = state.goods.push(asFields(args[0]), asFieldsList(args[1]), formatBeijingDateTime(nowMs));
  return result.ok ? { status: 0, data: result.goods_id } : failure(100, result.message);
};

/** `goods.Goods.push2`: the same push, answering the goods and its SKUs' ids. */
const pushGoods2: MockBehaviour = ({ state, args, nowMs }) => {
  const goodsInfo = asFields(args[0]);
  const result = state.goods.push(goodsInfo, asFieldsList(args[1]), formatBeijingDateTime(nowMs));
  if (!result.ok) return failure(100, result.message);
  const goods = state.goods.get(readText(goodsInfo.goods_no))!;
  const pushed = new Set(asFieldsList(args[1]).map((spec) => readText(spec.spec_no)));
  const spec_info_list = goods.spec_list.filter((spec) => pushed.has(spec.spec_no)).map(({ spec_id, spec_no }) => ({ spec_id, spec_no }));
  return { status: 0, data: { goods_id: goods.goods_id, goods_no: goods.goods_no, spec_info_list } };
};

/**
 * `goods.Goods.batchPush`: each goods record pushed on its own ("已存在的货品按 goods_no 更新"), a
 * refused one reported where the spec's partialFailure says (error_list: no, error); status 0.
 */
const batchPushGoods: MockBehaviour = ({ spec, state, args, nowMs }) => {
  const now = formatBeijingDateTime(nowMs);
  const failures = asFieldsList(args[0]).flatMap((goods) => {
    const { spec_list, ...goodsInfo } = goods;
    const result = state.goods.push(goodsInfo, asFieldsList(spec_list), now);
    return result.ok ? [] : [{ item: readText(goods.goods_no), message: result.message }];
  });
  return withFailedItems(spec.partialFailure!, failures, { status: 0, data: { error_list: [] } });
};

/**
 * `goods.Barcode.upload`: each barcode added to (type 1) or replacing old_barcode on (type 2) the SKU
 * of its merchant code; refused ones are listed in error_list (barcode, merchant_no, message) and
 * the call succeeds, as the page's example shows.
 */
const uploadBarcodes: MockBehaviour = ({ state, args, nowMs }) => {
  const now = formatBeijingDateTime(nowMs);
  const error_list = asFieldsList(args[0]).flatMap((info) => {
    const barcode = readText(info.barcode);
    const merchantNo = readText(info.merchant_no);
    const oldBarcode = readNumber(info.type, 1) === 2 ? readText(info.old_barcode) : '';
    const result = state.goods.putBarcode(merchantNo, barcode, oldBarcode, now);
    return result.ok ? [] : [{ barcode, merchant_no: merchantNo, message: result.message }];
  });
  return { status: 0, data: { error_list } };
};

// Stable small ids per brand and class name, in the order the names come up.
function nameIds(): (name: string) => number {
  const ids = new Map<string, number>();
  return (name) => {
    if (!ids.has(name)) ids.set(name, ids.size + 1);
    return ids.get(name)!;
  };
}

/**
 * A goods record as `goods.Goods.queryWithSpec` returns it. As in the page's example,
 * goods_modified and spec_modified are epoch milliseconds while the other times are strings.
 */
function goodsRow(goods: MockGoods, brandId: number, classId: number): Record<string, unknown> {
  const { spec_list, goods_modified, ...fields } = goods;
  return {
    ...fields,
    goods_modified: parseBeijingDateTime(goods_modified) ?? 0,
    modified: goods_modified,
    spec_count: spec_list.length,
    brand_id: brandId,
    brand_no: '',
    class_id: classId,
    washing_label: '',
    spec_list: spec_list.map(({ unit_name, aux_unit_name, spec_modified, other_barcodes, ...spec }) => ({
      ...spec,
      goods_id: goods.goods_id,
      spec_modified: parseBeijingDateTime(spec_modified) ?? 0,
      spec_unit_name: unit_name,
      spec_aux_unit_name: aux_unit_name,
      tax_rate: 0,
      is_not_use_air: 0,
      is_not_need_examine: 0,
      spec_flag_name: '无',
      barcode_count: barcodesOf(spec.barcode, other_barcodes).length,
      barcode_list: barcodesOf(spec.barcode, other_barcodes).map(({ barcode, is_master }) => ({ barcode, type: 1, is_master, modified: spec_modified })),
    })),
  };
}

// The main barcode first (is_master 1), then the others.
function barcodesOf(main: string, others: readonly string[]): { barcode: string; is_master: number }[] {
  return [...(main ? [{ barcode: main, is_master: 1 }] : []), ...others.map((barcode) => ({ barcode, is_master: 0 }))];
}

// The latest change to the record or any SKU: the order of the answer.
function lastChange(goods: MockGoods): string {
  return [goods.goods_modified, ...goods.spec_list.map((spec) => spec.spec_modified)].reduce((latest, moment) => ((parseBeijingDateTime(moment) ?? 0) > (parseBeijingDateTime(latest) ?? 0) ? moment : latest));
}

/**
 * `goods.Goods.queryWithSpec`: goods whose record or any SKU changed in the range ("开始时间和结束时间是
 * 货品 或 单品 最后修改时间的范围"; the end defaults to now). Without a time range, spec_no or
 * goods_no is required ("如果不传时间，则spec_no和goods_no必须传一个"), else the page's error example.
 */
const queryGoodsWithSpec: MockBehaviour = ({ spec, state, args, pager, nowMs }) => {
  const params = asFields(args[0]);
  const specNo = readText(params.spec_no);
  const goodsNo = readText(params.goods_no);
  const brandName = readText(params.brand_name);
  const className = readText(params.class_name);
  const barcode = readText(params.barcode);
  const range = timeRangeOf(params, { nowMs, endDefaultsToNow: true });
  if (!range && specNo === '' && goodsNo === '') return failure(100, TIME_RANGE_REQUIRED);
  // "0:返回全部;1:隐藏已删除   默认隐藏"
  const hideDeleted = params.hide_deleted === undefined || readFlag(params.hide_deleted);
  const all = state.goods.list();
  const brandId = nameIds();
  const classId = nameIds();
  for (const goods of all) {
    brandId(goods.brand_name);
    classId(goods.class_name);
  }
  const rows = all
    .filter(
      (goods) =>
        (goodsNo === '' || goods.goods_no === goodsNo) &&
        (specNo === '' || goods.spec_list.some((candidate) => candidate.spec_no === specNo)) &&
        (barcode === '' || goods.spec_list.some((candidate) => candidate.barcode === barcode || candidate.other_barcodes.includes(barcode))) &&
        (brandName === '' || goods.brand_name === brandName) &&
        (className === '' || goods.class_name === className) &&
        !(hideDeleted && goods.deleted > 0) &&
        [goods.goods_modified, ...goods.spec_list.map((candidate) => candidate.spec_modified)].some((moment) => inTimeRange(moment, range)),
    )
    .sort(byModifiedThenId(lastChange, (goods) => goods.goods_id))
    .map((goods) => goodsRow(goods, brandId(goods.brand_name), classId(goods.class_name)));
  return pageOfRows(pagedShapeOf(spec, { listKey: 'goods_list', total: 'data.total_count' }), pagerOf(pager), rows);
};

/** Goods pushes, barcodes and the goods query, by wire name. */
export const goodsBehaviours: Readonly<Record<string, MockBehaviour>> = {
  'goods.Goods.push': pushGoods,
  'goods.Goods.push2': pushGoods2,
  'goods.Goods.batchPush': batchPushGoods,
  'goods.Barcode.upload': uploadBarcodes,
  'goods.Goods.queryWithSpec': queryGoodsWithSpec,
};
