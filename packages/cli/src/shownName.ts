// A name is quoted back only when it cannot be a secret: short, a letter first, no more than a
// few digits (Wangdian secrets and salts are 32 hex characters). Anything else is described, not shown.
const NAME = /^[\p{L}][\p{L}\p{N}_.-]{0,59}$/u;

/** A user-typed name (method, profile, category, shell) safe to quote in an error, else a neutral stand-in. */
export function shownName(value: string, standIn = 'the name given'): string {
  const digits = value.replace(/\D/g, '').length;
  return NAME.test(value) && digits <= 6 && !/[0-9a-f]{16}/i.test(value) ? `"${value}"` : standIn;
}
