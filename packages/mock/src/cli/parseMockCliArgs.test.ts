import { describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_ACCOUNT } from '../defaultAccount.js';
import { MockCliUsageError, parseMockCliArgs } from './parseMockCliArgs.js';

const other = { sid: 'shop2', appKey: 'k2', appSecret: 's2:salt2' };
const env = { WDT_SID: other.sid, WDT_APP_KEY: other.appKey, WDT_APP_SECRET: other.appSecret };

describe('parseMockCliArgs', () => {
  it('defaults to any free port on 127.0.0.1 with the default account', () => {
    expect(parseMockCliArgs([], {})).toEqual({ port: 0, host: '127.0.0.1', accounts: [DEFAULT_MOCK_ACCOUNT], verbose: false, help: false });
  });

  it.each([
    [['--port', '8080', '--host', '::1', '--verbose'], { port: 8080, host: '::1', verbose: true }],
    [['--port=0'], { port: 0 }],
    [['-h'], { help: true }],
    [['--sid', other.sid, '--app-key', other.appKey, '--app-secret', other.appSecret], { accounts: [DEFAULT_MOCK_ACCOUNT, other] }],
    [['--fixtures', 'test/wdt.yaml', '--seed', '7'], { fixtures: 'test/wdt.yaml', seed: '7' }],
    [
      ['--fault', 'rateLimit,times=2', '--fault=latency=300,method=sales.RawTrade.search'],
      { faults: [{ times: 2, fault: { type: 'rateLimit' } }, { method: 'sales.RawTrade.search', fault: { type: 'latency', ms: 300 } }] },
    ],
    [['--rate-limit', '60/min'], { rateLimit: { perMinute: 60 } }],
    [['--rate-limit', '10/2s', '--concurrency-limit', '3'], { rateLimit: { perMinute: 10, windowMs: 2000, concurrency: 3 } }],
    [['--concurrency-limit', '1'], { rateLimit: { concurrency: 1 } }],
    [['--max-body', '1MiB', '--max-calls', '500'], { maxBodyBytes: 1024 * 1024, maxCalls: 500 }],
    [['--max-body=2048', '--max-calls=0'], { maxBodyBytes: 2048, maxCalls: 0 }],
    [['--headers-timeout', '5000', '--request-timeout', '20000'], { headersTimeoutMs: 5000, requestTimeoutMs: 20000 }],
    [['--headers-timeout', '0', '--request-timeout', '0'], { headersTimeoutMs: 0, requestTimeoutMs: 0 }],
  ])('reads %j', (argv, expected) => {
    expect(parseMockCliArgs(argv, {})).toMatchObject(expected);
  });

  it('adds the account of WDT_SID, WDT_APP_KEY and WDT_APP_SECRET; flags win over them', () => {
    expect(parseMockCliArgs([], env).accounts).toEqual([DEFAULT_MOCK_ACCOUNT, other]);
    expect(parseMockCliArgs(['--app-key', 'flag-key'], env).accounts[1]).toEqual({ ...other, appKey: 'flag-key' });
  });

  it.each([
    [['--port', '65536'], '--port must be an integer from 0 to 65535'],
    [['--port', 'http'], '--port must be an integer from 0 to 65535'],
    [['--port'], '--port needs a value'],
    [['--port', '--verbose'], '--port needs a value'],
    [['--verbose=yes'], '--verbose takes no value'],
    [['--pört', '1'], 'unknown option --pört'],
    [['--fault', 'slow'], '--fault needs a type first, one of latency, rateLimit, badGateway, connectionReset, neverEnds, clockSkew, dropAfterExecute, itemErrors'],
    [['--fault', 'latency=soon'], 'latency=MS must be a number'],
    [['--fixtures'], '--fixtures needs a value'],
    [['--rate-limit', '60'], '--rate-limit must be N/min or N/Ks with N and K positive whole numbers (e.g. 60/min)'],
    [['--rate-limit', '0/min'], '--rate-limit must be N/min or N/Ks with N and K positive whole numbers (e.g. 60/min)'],
    [['--max-body', '10MB'], '--max-body must be a size in bytes, or with KiB, MiB or GiB (e.g. 10MiB)'],
    [['--max-body', '0'], '--max-body must be a size in bytes, or with KiB, MiB or GiB (e.g. 10MiB)'],
    [['--max-calls', '-1'], '--max-calls must be a whole number'],
    [['--headers-timeout', '1s'], '--headers-timeout must be a whole number'],
    [['--request-timeout', 'soon'], '--request-timeout must be a whole number'],
    [['--headers-timeout', '2000', '--request-timeout', '1000'], '--headers-timeout cannot exceed --request-timeout'],
    [['--sid', 'shop2'], 'an account needs --sid, --app-key and --app-secret; missing --app-key (WDT_APP_KEY), --app-secret (WDT_APP_SECRET)'],
    [['--sid', 's', '--app-key', 'k', '--app-secret', 'nosalt'], 'appSecret must have the form "secret:salt" (as issued by Wangdian), both parts non-empty'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseMockCliArgs(argv, {})).toThrow(new MockCliUsageError(message));
  });

  it.each([
    ['a stray value', ['0123456789abcdef0123456789abcdef']],
    ['an unknown option with a value', ['--app-secrt=0123456789abcdef0123456789abcdef:salt']],
  ])('never quotes a value in its errors: %s', (_label, argv) => {
    let message = '';
    try {
      parseMockCliArgs(argv, {});
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toBe('');
    expect(message).not.toContain('0123456789abcdef');
  });
});
