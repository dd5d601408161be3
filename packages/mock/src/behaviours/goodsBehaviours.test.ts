import { describe, expect, it } from 'vitest';
import { FIXED_NOW_MS } from '../testing/callMock.js';
import { FIXED_NOW_TEXT, flowMock, TODAY } from '../testing/flowMock.js';
import { GOODS_QUERY_KEYS } from '../testing/pageExampleKeys.js';
import { PAGE_REQUEST_EXAMPLES } from '../testing/pageRequestExamples.js';

const page = { pageSize: 10, pageNo: 0, calcTotal: true };
type GoodsRow = Record<string, unknown> & { goods_id: number; spec_list: (Record<string, unknown> & { spec_id: number; spec_no: string; barcode_list: Record<string, unknown>[] })[] };
const goodsOf = (answer: { data?: unknown }) => (answer.data as { goods_list: GoodsRow[] }).goods_list;

describe('goods.Goods.push then goods.Goods.queryWithSpec', () => {
  it("creates the goods of the push page's request example and finds it in the shape of the query page's example", async () => {
    const mock = flowMock();
    // The next id after the test account's goods (`wangdiantong` is 1, then those the other pages' examples name).
    const nextId = mock.state.goods.size + 1;
    const pushed = await mock.call('goods.Goods.push', PAGE_REQUEST_EXAMPLES['goods.Goods.push']!);
    expect(pushed).toEqual({ status: 0, data: nextId });
    const [goods] = goodsOf(await mock.call('goods.Goods.queryWithSpec', [{ goods_no: 'testGoodsQ03-26 00:51:10_0' }], page));
    expect(Object.keys(goods!)).toEqual(expect.arrayContaining(GOODS_QUERY_KEYS.goods_list));
    expect(Object.keys(goods!.spec_list[0]!)).toEqual(expect.arrayContaining(GOODS_QUERY_KEYS.spec_list));
    expect(Object.keys(goods!.spec_list[0]!.barcode_list[0]!).sort()).toEqual(GOODS_QUERY_KEYS.barcode_list);
    expect(goods).toMatchObject({ goods_id: nextId, goods_name: 'testGoodsNameQ03-26 00:51:10_0', brand_name: '新建品牌3', pinyin: 'ceshi', spec_count: 4, goods_created: FIXED_NOW_TEXT, goods_modified: FIXED_NOW_MS, modified: FIXED_NOW_TEXT });
    expect(goods!.spec_list[0]).toMatchObject({ spec_no: 'spec_noQ03-26 00:51:10_0_0', goods_id: nextId, lowest_price: 200, spec_unit_name: '个', spec_aux_unit_name: '10个', spec_modified: FIXED_NOW_MS });
  });

  it("fills brand, class, units and flag with '无' when they are left out or empty", async () => {
    const mock = flowMock();
    await mock.call('goods.Goods.push', [{ goods_no: 'G1', goods_name: '货品一', brand_name: '' }, [{ spec_no: 'S1' }]]);
    expect(mock.state.goods.get('G1')).toMatchObject({ brand_name: '无', class_name: '无', unit_name: '无', aux_unit_name: '无', flag_name: '无' });
  });

  it('updates a known goods_no: same ids, changed fields, new SKUs added, SKUs left out kept', async () => {
    let now = FIXED_NOW_MS;
    const mock = flowMock({ now: () => now });
    await mock.call('goods.Goods.push', [{ goods_no: 'G1', goods_name: '旧名' }, [{ spec_no: 'S1', retail_price: 10 }, { spec_no: 'S2' }]]);
    const before = mock.state.goods.get('G1')!;
    now += 60_000;
    expect(await mock.call('goods.Goods.push', [{ goods_no: 'G1', goods_name: '新名' }, [{ spec_no: 'S1', retail_price: '12.5' }, { spec_no: 'S3' }]])).toEqual({ status: 0, data: before.goods_id });
    const after = mock.state.goods.get('G1')!;
    expect(after).toMatchObject({ goods_name: '新名', goods_created: before.goods_created, goods_modified: '2024-01-01 08:01:00' });
    expect(after.spec_list.map((spec) => [spec.spec_no, spec.spec_id, spec.retail_price])).toEqual([
      ['S1', before.spec_list[0]!.spec_id, 12.5],
      ['S2', before.spec_list[1]!.spec_id, 0],
      ['S3', before.spec_list[1]!.spec_id + 1, 0],
    ]);
  });

  it.each([
    ['no SKU', [], '最少包含一个规格！'],
    ['the same merchant code twice', [{ spec_no: 'S1' }, { spec_no: 'S1' }], '商家编码已存在'],
    ["a merchant code of another goods (the test account's wangdiantong)", [{ spec_no: 'wangdiantong' }], '商家编码和货品编号不匹配'],
    ['a barcode another SKU has', [{ spec_no: 'S1', barcode: 'wangdiantong' }], '单品或者组合装的条码不能重复'],
    ['one barcode for two SKUs', [{ spec_no: 'S1', barcode: 'B1' }, { spec_no: 'S2', barcode: 'B1' }], '单品或者组合装的条码不能重复'],
  ])('refuses %s with status 100 and changes nothing', async (_label, specs, message) => {
    const mock = flowMock();
    expect(await mock.call('goods.Goods.push', [{ goods_no: 'G1', goods_name: '货品一' }, specs])).toEqual({ status: 100, message });
    expect(mock.state.goods.get('G1')).toBeUndefined();
  });
});

describe('goods.Goods.queryWithSpec', () => {
  async function mockWithGoods() {
    let now = FIXED_NOW_MS;
    const mock = flowMock({ now: () => now });
    await mock.call('goods.Goods.push', [{ goods_no: 'G1', goods_name: '一', brand_name: '甲', class_name: '上衣' }, [{ spec_no: 'S1', barcode: 'B1' }]]);
    now += 86_400_000;
    await mock.call('goods.Goods.push', [{ goods_no: 'G2', goods_name: '二', brand_name: '乙', class_name: '上衣' }, [{ spec_no: 'S2' }, { spec_no: 'S3', barcode: 'B3' }]]);
    return mock;
  }

  it.each([
    ['the first day: the test account goods and G1, oldest change first', [TODAY], ['wangdiantong', 'G1']],
    ['a start only: the end is now', [{ start_time: '2024-01-01 12:00:00' }], ['G2']],
    ['a merchant code without a time range', [{ spec_no: 'S3' }], ['G2']],
    ['a goods number without a time range', [{ goods_no: 'G1' }], ['G1']],
    ['a barcode', [{ start_time: '2024-01-01 00:00:00', end_time: '2024-01-03 00:00:00', barcode: 'B3' }], ['G2']],
    ['a brand', [{ start_time: '2024-01-01 00:00:00', end_time: '2024-01-03 00:00:00', brand_name: '甲' }], ['G1']],
    ['a class', [{ start_time: '2024-01-01 00:00:00', end_time: '2024-01-03 00:00:00', class_name: '上衣' }], ['G1', 'G2']],
    ["the query page's request example (2020: nothing changed then)", PAGE_REQUEST_EXAMPLES['goods.Goods.queryWithSpec']!, []],
  ])('filters by %s', async (_label, args, goodsNos) => {
    const answer = await (await mockWithGoods()).call('goods.Goods.queryWithSpec', args, page);
    expect(goodsOf(answer).map((goods) => goods.goods_no)).toEqual(goodsNos);
  });

  it.each([
    ["no time range and no spec_no or goods_no (the page's error example)", {}, '参数中必须包含起止时间'],
    ['a range of 31 days', { start_time: '2024-01-01 00:00:00', end_time: '2024-02-01 00:00:00' }, '您的查询时间过宽,查询时间不能大于30天'],
  ])('refuses %s', async (_label, params, message) => {
    expect(await flowMock().call('goods.Goods.queryWithSpec', [params], page)).toEqual({ status: 100, message });
  });
});
