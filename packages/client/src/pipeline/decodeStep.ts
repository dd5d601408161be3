import { decodeEnvelope, type DecodedEnvelope, type RawResponse } from '@wdt-kit/core';
import type { CallContext } from './CallContext.js';

/** Turns the raw answer into data, or throws WdtApiError / WdtResponseError. */
export function decodeStep(ctx: CallContext, response: RawResponse): DecodedEnvelope {
  return decodeEnvelope({ method: ctx.method, httpStatus: response.httpStatus, contentType: response.headers.get('content-type'), body: response.body, idempotent: ctx.idempotent });
}
