export { createMockServer, DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, type MockServerOptions, type WdtMockServer } from './createMockServer.js';
export { createMockFetch, IN_PROCESS_MOCK_URL } from './createMockFetch.js';
export type { WdtMock, MockFetchFunction } from './WdtMock.js';
export { MockWangdian, type MockOptions } from './MockWangdian.js';
export { DEFAULT_MOCK_ACCOUNT } from './defaultAccount.js';
export type { MockCall } from './MockCall.js';
export type { MockEnvelope } from './MockEnvelope.js';
export type { MockHttpRequest, MockHttpResponse, MockReply } from './MockHttpExchange.js';
export type { MockMethodSpec } from './MockMethodSpec.js';
export { MockState, MOCK_SEED_KINDS, type MockSeed } from './MockState.js';
export { loadMockFixtures, checkMockFixtures, MockFixturesError } from './fixtures/loadMockFixtures.js';
export { MockFaults, type ActiveFaultRule, type MockFaultControls } from './faults/MockFaults.js';
export { DEFAULT_MAX_CALLS } from './limits/CallLog.js';
export type { RateLimit } from './limits/CallQuota.js';
export { DEFAULT_MAX_BODY_BYTES } from './limits/payloadTooLargePage.js';
export { ACCEPTED_CONTENT_TYPES } from './checks/acceptedContentType.js';
export { MOCK_FAULT_TYPES, RATE_LIMIT_MESSAGES, type MockFault, type MockFaultRule, type MockFaultType } from './faults/MockFault.js';
export type { MockBehaviour, MockCallContext } from './behaviours/MockBehaviour.js';
export type { CancelResult } from './behaviours/CancelResult.js';
export { DocumentStore } from './behaviours/DocumentStore.js';
export { PreStockinStore, PRE_STOCKIN_STATUS_CODES, type PreStockinOrder, type PreStockinStatus } from './behaviours/PreStockinStore.js';
export {
  OtherStockDocumentStore,
  type OtherStockDocument,
  type OtherStockDocumentLine,
  type OtherStockDocumentSeed,
  type OtherStockoutDocumentStatus,
} from './behaviours/OtherStockDocumentStore.js';
export { ShopStore, SELF_OWNED_PLATFORM_ID, type MockShop, type MockShopSeed } from './behaviours/ShopStore.js';
export { GoodsStore, type MockGoods, type MockGoodsSeed, type MockSpec, type MockSpecSeed } from './behaviours/GoodsStore.js';
export { StockLedger, type MockStockMove, type MockStockRow, type MockStockSeed, type StockMoveSource } from './behaviours/StockLedger.js';
export { stockPositions, type StockPosition } from './behaviours/stockPositions.js';
export { RawTradeStore, type MockRawTrade, type MockRawTradeOrder, type MockRawTradeDiscount, type MockRawTradeSeed } from './behaviours/RawTradeStore.js';
export { PurchaseOrderStore, PURCHASE_ORDER_STATUS_CODES, type MockPurchaseOrder, type MockPurchaseOrderLine, type MockPurchaseOrderSeed, type PurchaseOrderStatus } from './behaviours/PurchaseOrderStore.js';
export { ResourceStore } from './engine/ResourceStore.js';
export type { ResourceDefinition } from './engine/ResourceDefinition.js';
export type { StoredRecord } from './engine/StoredRecord.js';
export type { ResourceSeed } from './engine/seedRecords.js';
export { declaredAnswer } from './engine/declaredBehaviour.js';
export { runMockServerCli, MOCK_CLI_EXIT, type MockCliIo } from './cli/runMockServerCli.js';
