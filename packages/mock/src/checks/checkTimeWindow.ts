import { failure, type MockEnvelope } from '../MockEnvelope.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';

const SPAN_UNITS = { min: { ms: 60_000, label: '分钟' }, h: { ms: 3_600_000, label: '小时' }, d: { ms: 86_400_000, label: '天' } } as const;

/** A spec's maxSpan (`60min`, `1h`, `30d`) in milliseconds, and as the server words it (`60分钟`, `1小时`, `30天`). */
export function parseMaxSpan(maxSpan: string): { ms: number; label: string } {
  const match = /^([1-9]\d*)(min|h|d)$/.exec(maxSpan);
  if (!match) throw new TypeError(`not a time span: ${JSON.stringify(maxSpan)} (expected e.g. 60min, 1h, 30d)`);
  const count = Number(match[1]);
  const unit = SPAN_UNITS[match[2] as keyof typeof SPAN_UNITS];
  return { ms: count * unit.ms, label: `${count}${unit.label}` };
}

// `yyyy-MM-dd HH:mm:ss`, or `yyyy-MM-dd` for the few windows kept in dates. Both ends are read in
// the same zone, so the zone does not change the span.
function parseMoment(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The time-range rules of a query (error guide): both ends are needed when the spec requires them
 * (`参数中必须包含起止时间`), each must be a date the server can parse (`Unparseable date: …`), and the
 * range may be at most the spec's maxSpan (`您的查询时间过宽,查询时间不能大于30天`, worded for the span).
 */
export function checkTimeWindow(spec: MockMethodSpec, args: readonly unknown[]): MockEnvelope | undefined {
  const window = spec.timeWindow;
  if (!window) return undefined;
  const params = isRecord(args[0]) ? args[0] : {};
  const requiredFields = spec.args[0]?.schema.required ?? [];
  const endsRequired = requiredFields.includes(window.start) || requiredFields.includes(window.end);
  const start = params[window.start];
  const end = params[window.end];
  if (typeof start !== 'string' || start === '' || typeof end !== 'string' || end === '') {
    return endsRequired ? failure(100, '参数中必须包含起止时间') : undefined;
  }
  const startMs = parseMoment(start);
  if (startMs === undefined) return failure(100, `Unparseable date: ${start}`);
  const endMs = parseMoment(end);
  if (endMs === undefined) return failure(100, `Unparseable date: ${end}`);
  if (!window.maxSpan) return undefined;
  const span = parseMaxSpan(window.maxSpan);
  return endMs - startMs > span.ms ? failure(100, `您的查询时间过宽,查询时间不能大于${span.label}`) : undefined;
}
