/**
 * Whether a successful answer still reports failed items: `error_data` (cancelOrder),
 * `error_list` (pushSelf, batchPush, upload) or `error_info` (pending, batchCancelOrder) non-empty,
 * or a top-level array of `{ error }` rows (cancelForApi, RawPayment.push).
 */
export function hasPartialFailure(data: unknown): boolean {
  if (Array.isArray(data)) return data.some((row) => row !== null && typeof row === 'object' && 'error' in row);
  if (data === null || typeof data !== 'object') return false;
  const record = data as Record<string, unknown>;
  return ['error_data', 'error_list', 'error_info'].some((key) => Array.isArray(record[key]) && (record[key] as unknown[]).length > 0);
}
