import type { PartialFailureSpec } from './schema.js';

/** One item a successful answer reports as failed. */
export interface WdtItemError {
  /** What failed, when the answer names it (e.g. the document number). */
  item?: string;
  /** The server's reason, as sent. */
  message: string;
  /** The row, entry or object the failure was read from. */
  detail: unknown;
}

/**
 * The failed items of a successful answer, read where the method's spec says they are (`partialFailure`):
 * an empty list means every item went through. `envelope` is the whole parsed answer (data included).
 */
export function findItemErrors(spec: PartialFailureSpec, envelope: Readonly<Record<string, unknown>>): WdtItemError[] {
  const value = valueAt(spec.at, envelope);
  switch (spec.shape) {
    case 'list':
      return Array.isArray(value) ? value.flatMap((row) => listItemError(spec, row)) : [];
    case 'map':
      return isRecord(value) ? Object.entries(value).map(([item, message]) => ({ item, message: textOf(message), detail: message })) : [];
    case 'flag': {
      if (!isRecord(value)) return [];
      const failed = spec.flag ? flagRaised(spec.flag, value) : spec.message !== undefined && textOf(value[spec.message]) !== '';
      return failed ? [{ message: spec.message === undefined ? '' : textOf(value[spec.message]), detail: value }] : [];
    }
  }
}

function listItemError(spec: PartialFailureSpec, row: unknown): WdtItemError[] {
  if (typeof row === 'string') return row === '' ? [] : [{ message: row, detail: row }];
  if (!isRecord(row)) return [];
  const message = spec.message === undefined ? '' : textOf(row[spec.message]);
  if (spec.message !== undefined && message === '') return [];
  const item = spec.key !== undefined && row[spec.key] !== undefined && row[spec.key] !== null ? String(row[spec.key]) : undefined;
  return [{ ...(item !== undefined ? { item } : {}), message, detail: row }];
}

function flagRaised(flag: NonNullable<PartialFailureSpec['flag']>, object: Record<string, unknown>): boolean {
  const text = textOf(object[flag.field]);
  if (flag.in) return flag.in.some((value) => String(value) === text);
  return !(flag.notIn ?? []).some((value) => String(value) === text);
}

function valueAt(path: string, envelope: Readonly<Record<string, unknown>>): unknown {
  const [root, ...fields] = path.split('.');
  let value: unknown = root === 'data' ? envelope.data : envelope;
  for (const field of fields) value = isRecord(value) ? value[field] : undefined;
  return value;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const textOf = (value: unknown): string => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));
