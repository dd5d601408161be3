import { WdtConfigError } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { WdtBareClient, type WdtClientOptions } from './WdtBareClient.js';

const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: 'a:b' };

describe('options are checked at construction', () => {
  it.each<[string, Record<string, unknown>, string]>([
    // Regression: a missing appSecret crashed with a TypeError inside parseAppSecret.
    ['no appSecret', { sid: 'x', appKey: 'k' }, 'missing credentials: appSecret'],
    ['no sid nor appKey', { appSecret: 'a:b' }, 'missing credentials: sid, appKey'],
    ['a non-string sid', { ...account, sid: 42 }, 'missing credentials: sid'],
    ['an appSecret without salt', { ...account, appSecret: 'secret' }, 'secret:salt'],
    // Regression: maxRetries NaN or Infinity retried without end.
    ['maxRetries NaN', { ...account, maxRetries: Number.NaN }, 'maxRetries'],
    ['maxRetries Infinity', { ...account, maxRetries: Number.POSITIVE_INFINITY }, 'maxRetries'],
    ['maxRetries -1', { ...account, maxRetries: -1 }, 'maxRetries'],
    ['maxRetries 1.5', { ...account, maxRetries: 1.5 }, 'maxRetries'],
    // Regression: timeoutMs ≥ 2^31 timed out at once.
    ['timeoutMs 2^31', { ...account, timeoutMs: 2 ** 31 }, 'timeoutMs'],
    ['timeoutMs 0', { ...account, timeoutMs: 0 }, 'timeoutMs'],
    ['retryBaseDelayMs NaN', { ...account, retryBaseDelayMs: Number.NaN }, 'retryBaseDelayMs'],
    ['maxResponseBytes 0', { ...account, maxResponseBytes: 0 }, 'maxResponseBytes'],
    ['a baseUrl that is not a URL', { ...account, baseUrl: 'wdt.wangdian.cn openapi' }, 'baseUrl'],
    ['an ftp baseUrl', { ...account, baseUrl: 'ftp://wdt.wangdian.cn/openapi' }, 'baseUrl'],
    // The logger is a function (consoleLogger('debug')), so that programs without one do not bundle it.
    ['a console-like object as logger', { ...account, logger: console }, 'logger'],
    ['maxResponseBytes beyond a safe integer', { ...account, maxResponseBytes: 2 ** 60 }, 'maxResponseBytes'],
  ])('%s', (_name, options, named) => {
    const construct = () => new WdtBareClient(options as unknown as WdtClientOptions);
    expect(construct).toThrowError(WdtConfigError);
    expect(construct).toThrowError(named);
  });

  it.each<[string, Partial<WdtClientOptions>]>([
    ['defaults', {}],
    ['no retries, longest timer', { maxRetries: 0, timeoutMs: 2 ** 31 - 1 }],
    ['a host as baseUrl', { baseUrl: 'http://wdt.wangdian.cn/' }],
  ])('accepts %s', (_name, options) => {
    expect(() => new WdtBareClient({ ...account, ...options })).not.toThrow();
  });

  it('checks withOptions and per-call numbers too', async () => {
    const client = new WdtBareClient(account);
    expect(() => client.withOptions({ maxRetries: Number.NaN })).toThrowError(WdtConfigError);
    await expect(client.send('x.y', [], { timeoutMs: 2 ** 31 })).rejects.toThrowError(WdtConfigError);
  });
});
