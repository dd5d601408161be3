// Sending is a pipeline of steps with user middleware around every attempt, and a logger whose lines
// say what happened (method, attempt, duration, status, error kind) and never the secret, salt or sign.
import { describe, expect, it } from 'vitest';
import { consoleLogger, WdtClient, WdtConfigError, type WdtLogger, type WdtMiddleware } from '../../packages/client/dist/index.js';
import { createMockFetch } from '../../packages/mock/dist/index.js';
import { mockAccount, SECRET } from '../support/repoRoot.js';

const SALT = mockAccount.appSecret.split(':')[1]!;

/** A logger that keeps every line, as a console would print it. */
function recordingLogger() {
  const lines: { level: string; message: string; fields: Record<string, unknown> | undefined }[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push({ level, message, fields });
  const logger: WdtLogger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines };
}

describe('middleware', () => {
  it('runs around every attempt, first listed outermost, retries and the clock retry included', async () => {
    const mock = createMockFetch();
    mock.faults.add({ times: 1, fault: { type: 'rateLimit' } });
    mock.faults.add({ fault: { type: 'clockSkew', ms: 600_000 } });
    const seen: string[] = [];
    const tracing: WdtMiddleware = async (request, next) => {
      seen.push(`trace>${request.attempt}`);
      const response = await next(request);
      seen.push(`trace<${request.attempt} ${response.httpStatus}`);
      return response;
    };
    const metrics: WdtMiddleware = async (request, next) => {
      seen.push(`metrics ${request.method}`);
      return next(request);
    };
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, sleep: async () => {}, middleware: [tracing, metrics] });
    await wdt.wms.stockin.PreStockin.cancel('RK2004210014');
    expect(mock.calls.map((c) => c.status)).toEqual([100, 7, 0]);
    expect(seen).toEqual([
      'trace>1', 'metrics wms.stockin.PreStockin.cancel', 'trace<1 200',
      'trace>2', 'metrics wms.stockin.PreStockin.cancel', 'trace<2 200',
      'trace>3', 'metrics wms.stockin.PreStockin.cancel', 'trace<3 200',
    ]);
  });

  it('a middleware that fails the attempt fails the call without re-sending a write', async () => {
    const mock = createMockFetch();
    const refuse: WdtMiddleware = async () => {
      throw new Error('quota exhausted');
    };
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, sleep: async () => {}, middleware: [refuse] });
    await expect(wdt.wms.stockin.PreStockin.cancel('RK2004210014')).rejects.toThrow('quota exhausted');
    expect(mock.calls).toHaveLength(0);
  });
});

describe('logger', () => {
  it('debug lines carry method, attempt, duration, status and error kind, and never the secret, salt or sign', async () => {
    const mock = createMockFetch();
    mock.faults.add({ times: 1, fault: { type: 'rateLimit' } });
    mock.faults.add({ fault: { type: 'clockSkew', ms: 600_000 } });
    const signs: string[] = [];
    const keepSign: WdtMiddleware = (request, next) => (signs.push(request.query.sign!), next(request));
    const { logger, lines } = recordingLogger();
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, sleep: async () => {}, middleware: [keepSign], logger: consoleLogger('debug', logger) });
    await wdt.wms.stockin.PreStockin.cancel('RK2004210014');
    await wdt.wms.stockin.PreStockin.cancel('RK2004210014').catch(() => undefined); // a business error (status 100)

    const debug = lines.filter((l) => l.level === 'debug');
    expect(debug.map((l) => [l.fields?.method, l.fields?.attempt, l.fields?.status, l.fields?.errorKind, l.fields?.willRetry])).toEqual([
      ['wms.stockin.PreStockin.cancel', 1, 100, 'rateLimit', true],
      ['wms.stockin.PreStockin.cancel', 2, 7, 'clockSkew', true],
      ['wms.stockin.PreStockin.cancel', 3, 0, undefined, false],
      ['wms.stockin.PreStockin.cancel', 1, 100, 'business', false],
    ]);
    for (const line of debug) expect(typeof line.fields?.durationMs).toBe('number');
    // The two retries, each saying how long it waits (0: the clock-corrected retry goes at once).
    const waits = lines.filter((l) => l.level === 'warn').map((l) => Number(/retrying in (\d+) ms/.exec(l.message)?.[1]));
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThan(0); // backoff after the rate limit
    expect(waits[1]).toBe(0);

    const printed = JSON.stringify(lines);
    expect(signs).toHaveLength(4);
    for (const secret of [SECRET, SALT, ...signs]) expect(printed).not.toContain(secret);
  });

  it.each([
    ['warn (the default) logs retries only', undefined, ['warn']],
    ['off logs nothing', 'off' as const, []],
  ])('%s', async (_name, logLevel, levels) => {
    const mock = createMockFetch();
    mock.faults.add({ times: 1, fault: { type: 'rateLimit' } });
    const { logger, lines } = recordingLogger();
    const wdt = new WdtClient({ ...mockAccount, baseUrl: mock.url, fetch: mock.fetch, sleep: async () => {}, logger: logLevel ? consoleLogger(logLevel, logger) : consoleLogger(undefined, logger) });
    await wdt.wms.stockin.PreStockin.cancel('RK2004210014');
    expect(lines.map((l) => l.level)).toEqual(levels);
  });

  // The logger is a function from consoleLogger, so that clients without one do not bundle it; a
  // console-like object given directly (as a plain JavaScript caller might) is refused at construction.
  it('a logger that is not a function is a WdtConfigError', () => {
    const { logger } = recordingLogger();
    expect(() => new WdtClient({ ...mockAccount, logger: logger as never })).toThrowError(WdtConfigError);
  });
});
