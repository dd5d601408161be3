import { createHash } from 'node:crypto';

/**
 * The string that is hashed: secret + every (key + value) sorted by key, with the pseudo-parameter
 * `body` holding the exact body, + secret. `sign` itself is never part of it.
 */
export function signatureBase(params: Readonly<Record<string, string>>, body: string, secret: string): string {
  let base = secret;
  // `body` is a pseudo-parameter sorted among the others (a `body` key in params means the same place).
  const keys = Object.keys(params);
  if (!keys.includes('body')) keys.push('body');
  for (const key of keys.sort()) {
    if (key === 'body') base += `body${body}`;
    else if (key !== 'sign' && params[key] !== undefined) base += key + params[key];
  }
  return base + secret;
}

/** Lowercase hex md5 of the signature base, UTF-8. */
export function signRequest(params: Readonly<Record<string, string>>, body: string, secret: string): string {
  return createHash('md5').update(signatureBase(params, body, secret)).digest('hex'); // strings are hashed as UTF-8
}
