import { signatureBase, type EncodedRequest } from '@wdt-kit/core';

/**
 * The signed request as it would be sent, and the signature base string with the secret shown as
 * `***` (the one thing worth comparing when a signature is rejected). The secret never appears: it is
 * not part of the request, and the base is rebuilt with `***` in its place.
 */
export function formatDryRun(request: EncodedRequest): string {
  const { sign: _sign, ...signed } = request.query;
  return [
    `POST ${request.url}`,
    `Content-Type: ${request.headers['Content-Type']}`,
    '',
    request.body,
    '',
    `# signature base (secret redacted): ${signatureBase(signed, request.body, '***')}`,
    `# sign = md5(base with the secret) = ${request.query.sign}`,
    '',
  ].join('\n');
}
