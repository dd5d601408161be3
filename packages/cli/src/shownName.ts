// A name is quoted back only when it cannot be a secret: short, a letter first, no more than a
// few digits (Wangdian secrets and salts are 32 hex characters). Anything else is described, not shown.
const NAME = /^[\p{L}][\p{L}\p{N}_.-]{0,59}$/u;

/** A user-typed name (method, profile, category, shell) safe to quote in an error, else a neutral stand-in. */
export function shownName(value: string, standIn = 'the name given'): string {
  const digits = value.replace(/\D/g, '').length;
  return NAME.test(value) && digits <= 6 && !/[0-9a-f]{16}/i.test(value) ? `"${value}"` : standIn;
}

/** A file path safe to print: any path with a run of 16 hex digits (a secret set as WDT_CONFIG by mistake) is described instead. */
export function shownPath(path: string): string {
  return /[0-9a-f]{16}/i.test(path) ? 'the config file (WDT_CONFIG; path not shown)' : path;
}
