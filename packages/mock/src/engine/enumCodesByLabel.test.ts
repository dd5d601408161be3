import { describe, expect, it } from 'vitest';
import { PURCHASE_ORDER_STATUS_CODES } from '../behaviours/PurchaseOrderStore.js';
import { handlerTable } from '../generated/handlers.js';
import { enumCodesByLabel } from './enumCodesByLabel.js';

describe('status tables come from the specs (enum + x-enumLabels)', () => {
  it.each([
    ['pre-stockin orders', enumCodesByLabel(handlerTable['wms.stockin.PreStockin.search']!, 'order.status'), { 已取消: 10, 编辑中: 20, 待审核: 30, 已完成: 80 }],
    ['purchase orders', PURCHASE_ORDER_STATUS_CODES, { 已取消: 10, 编辑中: 20, 待审核: 30, 待财审: 35, 已审核: 40, 部分到货: 50, 已到货: 60, 待结算: 70, 部分结算: 80, 已完成: 90 }],
  ])('%s', (_label, table, expected) => {
    expect(table).toEqual(expected);
  });

  it('refuses a path without a labelled enum', () => {
    expect(() => enumCodesByLabel(handlerTable['purchase.PurchaseOrder.queryWithDetail']!, 'order.purchase_no')).toThrow(/no labelled enum/);
  });
});
