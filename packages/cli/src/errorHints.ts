import type { WdtApiErrorKind } from '@wdt-kit/core';

/** What to check for each kind of API error whose cause is on the caller's side. */
export const API_ERROR_HINTS: Partial<Record<WdtApiErrorKind, string>> = {
  auth: 'the server did not accept the signature or the account: check that WDT_APP_SECRET (or the profile) is "secret:salt" exactly as issued, that WDT_APP_KEY and WDT_SID belong to the same app, and that the endpoint fits the account (--test for the documented test account); wdt --dry-run prints the signature base to compare',
  ipDenied: "this machine's IP address is not on the app's whitelist in the Wangdian open platform",
  clockSkew: "the local clock differs too much from the server's: synchronise it (NTP)",
  dynamicPassword: 'the account needs a dynamic password: log in once in the ERP client',
  version: 'the ERP version is older than this method needs (wdt describe <method> shows the minimum)',
  rateLimit: 'rate limited after retries: wait a minute, or make fewer calls at once',
};
