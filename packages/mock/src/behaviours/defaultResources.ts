import type { ResourceSeed } from '../engine/seedRecords.js';

/**
 * Records of declared resources a fresh mock holds besides the rows of the specs' examples (see
 * seedRecordsOf), where a page's example needs documents in particular statuses:
 * - the request example of `wms.stockother.In.cancelOrder`, `[["QR3796","QR3795","QR3797"]]`, gets
 *   the page's response example: QR3796 (with its -1 order) and QR3795 cancelled, QR3797 refused.
 *   Statuses are the status enum of wms.stockother.InQuery.queryWithDetail (1 编辑中, 10 待审核,
 *   20 已审核, 40 已推送wms, 70 已完成).
 * - 退货预入库单 beside the cancel example's RK2004210014 (编辑中): the next numbers in the other
 *   statuses wms.stockin.PreStockin.cancel treats differently, RK2004210015 待审核 (cancellable)
 *   and RK2004210016 已完成 (refused). Statuses are the status enum of
 *   wms.stockin.PreStockin.search (10 已取消, 20 编辑中, 30 待审核, 80 已完成).
 */
export const DEFAULT_RESOURCES: ResourceSeed = {
  'stockother.in': [
    { other_in_no: 'QR3795', status: 1 },
    { other_in_no: 'QR3796', status: 10 },
    { other_in_no: 'QR3796-1', status: 40 },
    { other_in_no: 'QR3797', status: 70 },
    { other_in_no: 'QR3798', status: 20 },
  ],
  'stockin.pre': [
    { stockin_no: 'RK2004210015', status: 30 },
    { stockin_no: 'RK2004210016', status: 80 },
  ],
};
