export * from './bare.js';
export { WdtClient, type WdtPagedMethod } from './WdtClient.js';
export { methodIndex } from './generated/methodIndex.js';
export * from './generated/index.js';
