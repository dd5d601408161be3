import { WdtConfigError } from './errors.js';

/** What Wangdian issues to an integration: seller account, app key and app secret (`secret:salt`). */
export interface WdtCredentials {
  sid: string;
  appKey: string;
  /** `secret:salt` exactly as issued. */
  appSecret: string;
}

export interface AppSecretParts {
  /** Used only to sign; never sent. */
  secret: string;
  /** Sent as the `salt` query parameter. */
  salt: string;
}

/** Splits the app secret at the first colon, as the official PHP and Java SDKs do. */
export function parseAppSecret(appSecret: string): AppSecretParts {
  const colon = appSecret.indexOf(':');
  const secret = appSecret.slice(0, colon);
  const salt = appSecret.slice(colon + 1);
  if (colon < 0 || secret === '' || salt === '') {
    throw new WdtConfigError('appSecret must have the form "secret:salt" (as issued by Wangdian), both parts non-empty');
  }
  return { secret, salt };
}
