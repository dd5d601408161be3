import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from './decodeEnvelope.js';
import { WdtApiError, WdtResponseError, WdtTransportError } from './errors.js';
import { shouldRetry } from './retryPolicy.js';

const method = 'm';
const answer = (httpStatus: number, body: string, idempotent: boolean) => {
  try {
    decodeEnvelope({ method, httpStatus, body, idempotent });
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};
const transport = (reason: WdtTransportError['reason'], outcomeUnknown: boolean) => new WdtTransportError({ method, reason, message: reason, outcomeUnknown });
const rateLimit = new WdtApiError({ method, status: 100, message: '超过每分钟最大调用频率限制', kind: 'rateLimit' });

describe('shouldRetry', () => {
  // [case, error of a write, retried for a write, error of an idempotent call, retried for it]
  it.each([
    ['a rate-limit envelope', rateLimit, true, rateLimit, true],
    ['HTTP 429 without an envelope', answer(429, 'Too Many Requests', false), true, answer(429, 'Too Many Requests', true), true],
    // Regression: a write answered 429 {"status":0} was sent 3 times although the server said it ran.
    ['HTTP 429 with a success envelope', answer(429, '{"status":0}', false), false, answer(429, '{"status":0}', true), false],
    ['a connection that never opened', transport('connect', false), true, transport('connect', false), true],
    ['HTTP 502 page', answer(502, '<html>502</html>', false), false, answer(502, '<html>502</html>', true), true],
    ['HTTP 503 page', answer(503, '<html>503</html>', false), false, answer(503, '<html>503</html>', true), true],
    ['HTTP 504 page', answer(504, '<html>504</html>', false), false, answer(504, '<html>504</html>', true), true],
    // Regression: every WdtResponseError of an idempotent call was retried, a 404 included.
    ['HTTP 404 page', answer(404, '<html>404</html>', false), false, answer(404, '<html>404</html>', true), false],
    ['an empty 200', answer(200, '', false), false, answer(200, '', true), false],
    ['a reset after sending', transport('reset', true), false, transport('reset', false), true],
    ['a timeout', transport('timeout', true), false, transport('timeout', false), true],
    ['an abort', transport('abort', true), false, transport('abort', false), false],
  ])('%s', (_name, writeError, writeRetried, queryError, queryRetried) => {
    expect(shouldRetry({ error: writeError, idempotent: false, attempt: 1, maxRetries: 2 })).toBe(writeRetried);
    expect(shouldRetry({ error: queryError, idempotent: true, attempt: 1, maxRetries: 2 })).toBe(queryRetried);
    expect(shouldRetry({ error: queryError, idempotent: true, attempt: 3, maxRetries: 2 })).toBe(false);
  });

  it.each([
    ['HTTP 502 page', 502, '<html>502</html>', true],
    ['HTTP 504 with a success envelope', 504, '{"status":0}', true],
    ['HTTP 429 without an envelope', 429, 'Too Many Requests', false],
    ['HTTP 429 with a success envelope', 429, '{"status":0}', true],
    ['an empty 200', 200, '', true],
  ])('a write answered with %s: outcomeUnknown %s', (_name, httpStatus, body, unknown) => {
    expect(answer(httpStatus, body, false)).toMatchObject({ outcomeUnknown: unknown });
    expect(answer(httpStatus, body, true)).toMatchObject({ outcomeUnknown: false });
    expect(answer(httpStatus, body, true)).toBeInstanceOf(WdtResponseError);
  });
});
