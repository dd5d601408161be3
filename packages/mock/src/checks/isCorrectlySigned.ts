import { parseAppSecret, verifySignature, type WdtCredentials } from '@wdt-kit/core';

/**
 * Whether a request carries the sign of a known account, whatever its clock says: only such a
 * request may spend a fault rule's budget or roll its probability, so strangers on a shared mock
 * cannot use up what a test set aside. (verifyRequest checks the timestamp before the sign, as the
 * server reports them, so its answer alone cannot tell a skewed but signed call from a forged one.)
 */
export function isCorrectlySigned(query: URLSearchParams, body: string, findAccount: (sid: string) => WdtCredentials | undefined): boolean {
  const account = findAccount(query.get('sid') ?? '');
  if (!account || query.get('key') !== account.appKey) return false;
  const { secret, salt } = parseAppSecret(account.appSecret);
  if (query.get('salt') !== salt) return false;
  const params: Record<string, string> = {};
  for (const [name, value] of query) {
    if (name === 'sign') continue;
    if (name in params) return false;
    params[name] = value;
  }
  return verifySignature(params, body, secret, query.get('sign') ?? '');
}
