import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { confirmWrite, isProductionWrite } from './confirmWrite.js';
import { UsageError } from './exitCodes.js';

describe('which calls ask for confirmation', () => {
  it.each<[string, { writes: boolean; baseUrl?: string; confirmWrites?: boolean }, boolean]>([
    ['a write to the default endpoint', { writes: true }, true],
    ['a write to the production URL given explicitly', { writes: true, baseUrl: 'http://wdt.wangdian.cn/' }, true],
    ['a write to production over https', { writes: true, baseUrl: 'https://wdt.wangdian.cn/openapi' }, true],
    ['a query to production', { writes: false }, false],
    ['an idempotent write (a cancel) to production', { writes: true }, true],
    ['a write to the test endpoint', { writes: true, baseUrl: 'http://47.92.239.46/openapi' }, false],
    ['a write to the mock', { writes: true, baseUrl: 'http://127.0.0.1:8080/openapi' }, false],
    ['a write through a profile marked confirmWrites', { writes: true, baseUrl: 'http://127.0.0.1:8080/openapi', confirmWrites: true }, true],
  ])('%s', (_label, context, expected) => {
    expect(isProductionWrite({ baseUrl: undefined, ...context })).toBe(expected);
  });
});

describe('the prompt', () => {
  const context = { method: 'wms.stockin.PreStockin.cancel', writes: true, baseUrl: undefined, sid: 'shop', yes: false, dryRun: false, stdinIsTTY: true };
  const answering = (text: string) => {
    const stdin = new PassThrough();
    stdin.end(text);
    return stdin;
  };

  it('goes on after "yes"', async () => {
    const stderr = new PassThrough();
    await expect(confirmWrite(context, stderr, answering('yes\n'))).resolves.toBeUndefined();
    expect(String(stderr.read())).toContain('changes data in the production ERP of seller shop');
  });
  it.each(['no\n', '\n', ''])('stops on %j with nothing sent', async (answer) => {
    await expect(confirmWrite(context, new PassThrough(), answering(answer))).rejects.toThrowError(UsageError);
  });
  it.each([
    ['--yes', { yes: true }],
    ['--dry-run', { dryRun: true }],
    ['no terminal', { stdinIsTTY: false }],
  ])('is skipped with %s', async (_label, override) => {
    await expect(confirmWrite({ ...context, ...override }, new PassThrough(), answering(''))).resolves.toBeUndefined();
  });
});
