import { classifyApiError } from './classifyApiError.js';
import { parseJsonExact } from './parseJsonExact.js';
import { responseOutcomeUnknown, WdtApiError, WdtResponseError } from './errors.js';

/** A successful answer: `data` as sent, plus the top-level `total` some paged methods use. */
export interface DecodedEnvelope {
  data: unknown;
  total?: number;
  /** The whole answer: some methods report per-item failures beside data (see findItemErrors). */
  envelope: Readonly<Record<string, unknown>>;
}

export interface DecodeEnvelopeInput {
  method: string;
  httpStatus: number;
  contentType?: string | null;
  body: string;
  /** Whether the method may be repeated: an unusable answer to a write leaves its outcome unknown. */
  idempotent?: boolean;
}

/**
 * Turns a response body into data (integers beyond ±2^53 as exact decimal strings), or throws: `WdtApiError` for status != 0, `WdtResponseError`
 * for anything that is not a Wangdian envelope (gateway pages, empty or truncated bodies...).
 */
export function decodeEnvelope(input: DecodeEnvelopeInput): DecodedEnvelope {
  const { method, httpStatus, body } = input;
  const idempotent = input.idempotent ?? true;
  const fail = (message: string, envelopeStatus?: number) =>
    new WdtResponseError({ method, httpStatus, message, body, outcomeUnknown: responseOutcomeUnknown(idempotent, httpStatus, envelopeStatus), envelopeStatus });
  if (/^\s*$/.test(body)) throw fail('empty response body'); // (a test: trim would copy a large body)
  let parsed: unknown;
  try {
    parsed = parseJsonExact(body);
  } catch {
    const type = input.contentType ? ` (Content-Type ${input.contentType})` : '';
    throw fail(/^\s*</.test(body) ? `HTML instead of a JSON envelope${type}` : `response is not valid JSON${type}`);
  }
  const envelope = (parsed ?? {}) as Record<string, unknown>;
  const status = envelope.status;
  // Not an object (a string, array, number...) or an object without a status: no Wangdian envelope.
  if (!Number.isInteger(status) || (status as number) < 0) throw fail('response is not an envelope with an integer "status"');
  if (status) {
    const message = typeof envelope.message === 'string' ? envelope.message : JSON.stringify(envelope.message ?? '');
    throw new WdtApiError({ status: status as number, message, method, kind: classifyApiError(status as number, message) });
  }
  if (httpStatus < 200 || httpStatus > 299) throw fail(`HTTP ${httpStatus} with a success envelope`, 0);
  const decoded: DecodedEnvelope = { data: envelope.data, envelope };
  if (typeof envelope.total === 'number') decoded.total = envelope.total;
  return decoded;
}
