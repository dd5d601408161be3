/**
 * A copy of an error chain safe to keep as a `cause`: fetch errors quote the request URL (in the
 * message and in `input`), and the URL carries the salt and the sign. The copy keeps name, message
 * and code of each link, with every given secret value and every `salt=`/`sign=` value replaced.
 */
export function redactCause(error: unknown, secrets: readonly string[], depth = 0): unknown {
  if (error === null || error === undefined || depth >= 5) return undefined;
  if (typeof error !== 'object') return redactText(String(error), secrets);
  const source = error as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
  const copy = new Error(redactText(String(source.message ?? ''), secrets));
  copy.name = typeof source.name === 'string' ? source.name : 'Error';
  if (typeof source.code === 'string' || typeof source.code === 'number') (copy as { code?: unknown }).code = source.code;
  const cause = redactCause(source.cause, secrets, depth + 1);
  if (cause !== undefined) (copy as { cause?: unknown }).cause = cause;
  return copy;
}

function redactText(text: string, secrets: readonly string[]): string {
  let out = text.replace(/([?&](?:salt|sign)=)[^&#\s"']*/gi, '$1[redacted]');
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  return out;
}
