import { normalizeBaseUrl } from '@wdt-kit/core';
import { UsageError } from './exitCodes.js';

/**
 * The endpoint as it will be called, or a usage error before anything is sent: a malformed URL
 * used to surface as a transport error with "outcome unknown" although nothing could leave. The
 * value is not quoted (a secret pasted into the wrong variable must not be printed).
 */
export function checkBaseUrl(baseUrl: string, source: string): string {
  let url: URL;
  try {
    url = new URL(normalizeBaseUrl(baseUrl.trim()));
  } catch {
    throw new UsageError(`${source} is not a URL; expected e.g. http://wdt.wangdian.cn/openapi or http://127.0.0.1:8080/openapi`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${source} must be an http:// or https:// URL`);
  if (url.username || url.password) throw new UsageError(`${source} must not carry a user name or password`);
  return url.href;
}

/** The endpoint for messages: scheme, host, port and path only. */
export function endpointLabel(baseUrl: string): string {
  try {
    const url = new URL(normalizeBaseUrl(baseUrl));
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return 'the endpoint';
  }
}
