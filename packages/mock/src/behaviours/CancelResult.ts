/** What a store's cancel rule decided for one document. */
export type CancelResult = { cancelled: true } | { cancelled: false; reason: string };

