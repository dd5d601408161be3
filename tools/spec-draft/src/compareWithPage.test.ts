// The tree comparison on the drafter's fixture pages (testdata/), so that it is tested without the
// mirror too: the committed specs of those pages match them, and single changes are found where they are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareWithPage, keepsText, type Difference } from './compareWithPage.ts';
import { fixturePagesDir, specsDir } from './docPaths.ts';
import { parsePage } from './parsePage.ts';
import type { MethodSpec } from './specTypes.ts';

const load = (method: string) => ({
  page: parsePage(readFileSync(join(fixturePagesDir, `${method}.md`), 'utf8'), `${method}.md`),
  spec: parse(readFileSync(join(specsDir, `${method}.yaml`), 'utf8')) as MethodSpec,
});
const FIXTURES = ['wms.stockin.PreStockin.cancel', 'wms.stockin.Refund.returnLogisticsPackageQuery', 'sales.TradeEdit.modifyRemark'];
const found = (method: string, change: (spec: MethodSpec) => void): Pick<Difference, 'kind' | 'path'>[] => {
  const { page, spec } = load(method);
  change(spec);
  return compareWithPage(spec, page, undefined).unexplained.map(({ kind, path }) => ({ kind, path }));
};
const query = 'wms.stockin.Refund.returnLogisticsPackageQuery';
const record = (spec: MethodSpec) => spec.returns!.properties!.record!.items!;

describe('compareWithPage', () => {
  it.each(FIXTURES)('finds %s as committed to match its page, each difference explained by a recorded deviation', (method) => {
    const { page, spec } = load(method);
    const comparison = compareWithPage(spec, page, undefined);
    expect(comparison.unexplained).toEqual([]);
    expect(comparison.unused).toEqual([]);
    expect(comparison.fields.page).toBeGreaterThan(0);
  });

  it.each<[string, (spec: MethodSpec) => void, Pick<Difference, 'kind' | 'path'>]>([
    ['an argument made optional', (spec) => void (spec.args[0]!.required = false), { kind: 'required', path: 'args.params' }],
    ['a response field made optional', (spec) => void (record(spec).required = record(spec).required!.filter((name) => name !== 'logistics_no')), { kind: 'required', path: 'data.record[].logistics_no' }],
    ['a type changed', (spec) => void (record(spec).properties!.logistics_no!.type = 'integer'), { kind: 'type', path: 'data.record[].logistics_no' }],
    ['a title changed', (spec) => void (record(spec).properties!.logistics_no!.title = '运单号'), { kind: 'title', path: 'data.record[].logistics_no' }],
    ['the total looked for in the envelope', (spec) => void (spec.paged = { listKey: 'record', total: 'total' }), { kind: 'total', path: undefined }],
    ['the paged flag dropped', (spec) => void (spec.paged = false), { kind: 'paged', path: undefined }],
  ])('finds %s', (_label, change, difference) => {
    expect(found(query, change)).toContainEqual(difference);
  });

  it('finds a field moved to another level as nesting, not as a name that is still there', () => {
    const moved = found(query, (spec) => {
      const field = record(spec).properties!.stockin_no!;
      delete record(spec).properties!.stockin_no;
      spec.returns!.properties!.stockin_no = field;
    });
    expect(moved).toContainEqual({ kind: 'nesting', path: 'data.stockin_no' });
  });

  it('finds a deleted field whose name lives on elsewhere (logistics_no is an argument too)', () => {
    expect(found(query, (spec) => delete record(spec).properties!.logistics_no)).toContainEqual({ kind: 'missing', path: 'data.record[].logistics_no' });
  });
});

describe('keepsText', () => {
  it.each([
    ['the same words', '分摊后总价=share_price*num', '分摊后总价=share_price*num', true],
    ['a formula that lost its operator', '分摊后总价=share_price*num', '分摊后总价=share_pricenum', false],
    ['× for *', '税额 = 发票数量 * 单位税额', '税额 = 发票数量 × 单位税额', true],
    ['a rewording that keeps most', '若无业务单号，则开始时间和结束时间必填', '没有业务单号时，开始时间和结束时间必填', true],
    ['a different sentence', '入库单明细，不能为空', '见说明', false],
    ['a link left out', '平台系统货品（SPU）的唯一标识。SPU和SKU概念介绍，单击这里', '平台系统货品（SPU）的唯一标识。SPU和SKU概念介绍', true],
  ])('%s', (_label, text, other, expected) => {
    expect(keepsText(text, other)).toBe(expected);
  });
});
