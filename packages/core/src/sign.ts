import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The string that is hashed: secret + every (key + value) sorted by key, with the pseudo-parameter
 * `body` holding the exact body, + secret. `sign` itself is never part of it.
 */
export function signatureBase(params: Readonly<Record<string, string>>, body: string, secret: string): string {
  const all: Record<string, string> = { ...params, body };
  delete all.sign;
  let joined = '';
  for (const key of Object.keys(all).sort()) joined += key + all[key];
  return secret + joined + secret;
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
