import type { WdtCredentials } from '@wdt-kit/core';
import { UsageError } from './exitCodes.js';

export interface CredentialFlags {
  sid?: string;
  appKey?: string;
  appSecret?: string;
  baseUrl?: string;
}

export interface ResolvedCredentials extends WdtCredentials {
  baseUrl?: string;
}

/** Flags win over WDT_* environment variables; every credential must come from one of them. */
export function resolveCredentials(flags: CredentialFlags, env: NodeJS.ProcessEnv): ResolvedCredentials {
  const sid = flags.sid ?? env.WDT_SID;
  const appKey = flags.appKey ?? env.WDT_APP_KEY;
  const appSecret = flags.appSecret ?? env.WDT_APP_SECRET;
  const baseUrl = flags.baseUrl ?? env.WDT_BASE_URL;
  const missing = [!sid && 'WDT_SID (--sid)', !appKey && 'WDT_APP_KEY (--app-key)', !appSecret && 'WDT_APP_SECRET (--app-secret)'].filter(Boolean);
  if (missing.length > 0) throw new UsageError(`missing credentials: set ${missing.join(', ')}`);
  return { sid: sid!, appKey: appKey!, appSecret: appSecret!, ...(baseUrl ? { baseUrl } : {}) };
}
