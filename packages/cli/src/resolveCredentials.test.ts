import { describe, expect, it } from 'vitest';
import { UsageError } from './exitCodes.js';
import { resolveCredentials } from './resolveCredentials.js';

const env = { WDT_SID: 'env-sid', WDT_APP_KEY: 'env-key', WDT_APP_SECRET: 'env:salt', WDT_BASE_URL: 'http://env/openapi' };

describe('credentials: flags win over WDT_* environment variables', () => {
  it.each([
    ['environment only', {}, env, { sid: 'env-sid', appKey: 'env-key', appSecret: 'env:salt', baseUrl: 'http://env/openapi' }],
    ['a flag overrides its variable', { sid: 'flag-sid', baseUrl: 'http://flag/openapi' }, env, { sid: 'flag-sid', appKey: 'env-key', appSecret: 'env:salt', baseUrl: 'http://flag/openapi' }],
    ['flags only, default endpoint', { sid: 's', appKey: 'k', appSecret: 'a:b' }, {}, { sid: 's', appKey: 'k', appSecret: 'a:b' }],
  ])('%s', (_label, flags, environment, expected) => {
    expect(resolveCredentials(flags, environment)).toEqual(expected);
  });

  it('names every missing credential, and never a value', () => {
    expect(() => resolveCredentials({ appSecret: 'S3cretValue:salt' }, {})).toThrowError(UsageError);
    expect(() => resolveCredentials({ appSecret: 'S3cretValue:salt' }, {})).toThrowError('missing credentials: set WDT_SID (--sid), WDT_APP_KEY (--app-key)');
  });
});

// Regression: a malformed WDT_BASE_URL exited 69 "outcome unknown" although nothing could be sent.
describe('a malformed endpoint is a usage error before anything is sent', () => {
  const credentials = { WDT_SID: 's', WDT_APP_KEY: 'k', WDT_APP_SECRET: 'a:b' };
  it.each<[string, Record<string, string>, Record<string, string>, RegExp]>([
    ['WDT_BASE_URL without a scheme host', {}, { WDT_BASE_URL: 'http//127.0.0.1:8080' }, /WDT_BASE_URL is not a URL/],
    ['--base-url with spaces', { baseUrl: 'http://exa mple.com' }, {}, /--base-url is not a URL/],
    ['an ftp URL', {}, { WDT_BASE_URL: 'ftp://example.com/openapi' }, /WDT_BASE_URL must be an http/],
    ['credentials in the URL', {}, { WDT_BASE_URL: 'http://user:pw@example.com/openapi' }, /must not carry a user name/],
  ])('%s', (_label, flags, env, message) => {
    expect(() => resolveCredentials(flags, { ...credentials, ...env })).toThrowError(message);
    expect(() => resolveCredentials(flags, { ...credentials, ...env })).toThrowError(UsageError);
  });
  it('accepts a host with port and path', () => expect(resolveCredentials({}, { ...credentials, WDT_BASE_URL: 'http://127.0.0.1:8080/openapi' }).baseUrl).toBe('http://127.0.0.1:8080/openapi'));
});
