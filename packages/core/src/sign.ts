import { createHash } from 'node:crypto';

/**
 * The string that is hashed: secret + every (key + value) sorted by key, with the pseudo-parameter
 * `body` holding the exact body, + secret. `sign` itself is never part of it.
 */
export function signatureBase(params: Readonly<Record<string, string>>, body: string, secret: string): string {
  let base = secret;
  // Sorting the ten keys of a call costs about a microsecond, nothing beside the md5 and the request.
  for (const key of [...new Set([...Object.keys(params), 'body'])].sort()) {
    if (key === 'body') base += `body${body}`;
    else if (key !== 'sign' && params[key] !== undefined) base += key + params[key];
  }
  return base + secret;
}

/** Lowercase hex md5 of the signature base, UTF-8. */
export function signRequest(params: Readonly<Record<string, string>>, body: string, secret: string): string {
  return createHash('md5').update(signatureBase(params, body, secret)).digest('hex'); // strings are hashed as UTF-8
}
