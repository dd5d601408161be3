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
