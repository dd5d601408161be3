import { createHash, timingSafeEqual } from 'node:crypto';

// Every parameter a client sends, already in the byte order the signature needs ('body' is the
// pseudo-parameter holding the request body). Walking this list avoids sorting on every request.
const SIGNED_ORDER = ['body', 'calc_total', 'key', 'method', 'page_no', 'page_size', 'salt', 'sid', 'timestamp', 'v'];
const SIGNED = new Set(SIGNED_ORDER);

/**
 * The string that is hashed: secret + every (key + value) sorted by key, with the pseudo-parameter
 * `body` holding the exact body, + secret. `sign` itself is never part of it.
 */
export function signatureBase(params: Readonly<Record<string, string>>, body: string, secret: string): string {
  let order = SIGNED_ORDER;
  for (const key in params) {
    if (!SIGNED.has(key) && key !== 'sign') {
      order = [...new Set([...SIGNED_ORDER, ...Object.keys(params)])].filter((k) => k !== 'sign').sort();
      break;
    }
  }
  let base = secret;
  for (const key of order) {
    if (key === 'body') base += `body${body}`;
    else if (params[key] !== undefined) base += key + params[key];
  }
  return base + secret;
}

/** Lowercase hex md5 of the signature base, UTF-8. */
export function signRequest(params: Readonly<Record<string, string>>, body: string, secret: string): string {
  return createHash('md5').update(signatureBase(params, body, secret), 'utf8').digest('hex');
}

/** Whether `sign` is the signature of these params and body. Constant-time comparison. */
export function verifySignature(
  params: Readonly<Record<string, string>>,
  body: string,
  secret: string,
  sign: string,
): boolean {
  const expected = Buffer.from(signRequest(params, body, secret), 'utf8');
  const given = Buffer.from(sign, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
