import { timingSafeEqual } from 'node:crypto';
import { signRequest } from './sign.js';

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
