import { WDT_TEST_URL, type WdtCredentials } from '@wdt-kit/core';
import { checkBaseUrl } from './checkBaseUrl.js';
import { UsageError } from './exitCodes.js';
import type { Profile } from './profiles.js';

export interface CredentialFlags {
  sid?: string;
  appKey?: string;
  appSecret?: string;
  baseUrl?: string;
  /** Use the documented test endpoint. */
  test?: boolean;
}

export interface ResolvedCredentials extends WdtCredentials {
  baseUrl?: string;
  /** The profile asks to confirm writes. */
  confirmWrites?: boolean;
}

/** Flags win over WDT_* environment variables, which win over the profile; `--test` picks the test endpoint. */
export function resolveCredentials(flags: CredentialFlags, env: NodeJS.ProcessEnv, profile: Profile = {}): ResolvedCredentials {
  const sid = flags.sid ?? env.WDT_SID ?? profile.sid;
  const appKey = flags.appKey ?? env.WDT_APP_KEY ?? profile.appKey;
  const appSecret = flags.appSecret ?? env.WDT_APP_SECRET ?? profile.appSecret;
  const baseUrl = flags.baseUrl ?? (flags.test ? WDT_TEST_URL : undefined) ?? env.WDT_BASE_URL ?? profile.baseUrl;
  // Checked before anything is sent: a malformed URL is the caller's mistake, not an unknown outcome.
  if (baseUrl !== undefined) checkBaseUrl(baseUrl, flags.baseUrl !== undefined ? '--base-url' : flags.test ? '--test' : env.WDT_BASE_URL !== undefined ? 'WDT_BASE_URL' : "the profile's baseUrl");
  const missing = [!sid && 'WDT_SID (--sid)', !appKey && 'WDT_APP_KEY (--app-key)', !appSecret && 'WDT_APP_SECRET (--app-secret)'].filter(Boolean);
  if (missing.length > 0) throw new UsageError(`missing credentials: set ${missing.join(', ')}, or use a profile (wdt configure)`);
  return { sid: sid!, appKey: appKey!, appSecret: appSecret!, ...(baseUrl ? { baseUrl } : {}), ...(profile.confirmWrites ? { confirmWrites: true } : {}) };
}
