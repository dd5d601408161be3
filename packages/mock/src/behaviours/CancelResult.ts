/** What a store's cancel rule decided for one document. */
export type CancelResult = { cancelled: true } | { cancelled: false; reason: string };

/**
 * The error guide's message for a document number the ERP does not have ("请检查单据客户端内是否已取消
 * 或者不存在"). The cancel pages document no answer for that case; a server that loads the document
 * before checking its status answers this, so the mock does too.
 */
export const DOCUMENT_NOT_FOUND = '单据不存在';
