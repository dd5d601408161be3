import { pageOfRows } from '../answers/pageEnvelope.js';
import { failure } from '../MockEnvelope.js';
import { formatBeijingDateTime, parseBeijingDateTime } from './beijingTime.js';
import type { MockGoods } from './GoodsStore.js';
import type { MockBehaviour } from './MockBehaviour.js';
import { byModifiedThenId, inTimeRange, pagedShapeOf, pagerOf, TIME_RANGE_REQUIRED, timeRangeOf } from './queryHelpers.js';
import { asFields, asFieldsList, readFlag, readText } from './readArgs.js';

/** `goods.Goods.push`: `data` is the goods id ("调用成功返回货品id"). */
const pushGoods: MockBehaviour = ({ state, args, nowMs }) => {
  const result = state.goods.push(asFields(args[0]), asFieldsList(args[1]), formatBeijingDateTime(nowMs));
  return result.ok ? { status: 0, data: result.goods_id } : failure(100, result.message);
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
    spec_list: spec_list.map(({ unit_name, aux_unit_name, spec_modified, ...spec }) => ({
      ...spec,
      goods_id: goods.goods_id,
      spec_modified: parseBeijingDateTime(spec_modified) ?? 0,
      spec_unit_name: unit_name,
      spec_aux_unit_name: aux_unit_name,
      tax_rate: 0,
      is_not_use_air: 0,
      is_not_need_examine: 0,
      spec_flag_name: '无',
      barcode_count: spec.barcode ? 1 : 0,
      barcode_list: spec.barcode ? [{ barcode: spec.barcode, type: 1, is_master: 1, modified: spec_modified }] : [],
    })),
  };
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
        (barcode === '' || goods.spec_list.some((candidate) => candidate.barcode === barcode)) &&
        (brandName === '' || goods.brand_name === brandName) &&
        (className === '' || goods.class_name === className) &&
        !(hideDeleted && goods.deleted > 0) &&
        [goods.goods_modified, ...goods.spec_list.map((candidate) => candidate.spec_modified)].some((moment) => inTimeRange(moment, range)),
    )
    .sort(byModifiedThenId(lastChange, (goods) => goods.goods_id))
    .map((goods) => goodsRow(goods, brandId(goods.brand_name), classId(goods.class_name)));
  return pageOfRows(pagedShapeOf(spec, { listKey: 'goods_list', total: 'data.total_count' }), pagerOf(pager), rows);
};

/** Goods push and query, by wire name. */
export const goodsBehaviours: Readonly<Record<string, MockBehaviour>> = {
  'goods.Goods.push': pushGoods,
  'goods.Goods.queryWithSpec': queryGoodsWithSpec,
};
