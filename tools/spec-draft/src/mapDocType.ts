import type { FieldSchema } from './specTypes.ts';

/**
 * What a 类型 cell means. Scalars map straight to a schema; objects and lists of objects take their
 * properties from a nested table; the pager is not an argument at all.
 */
export type DocTypeShape =
  | { kind: 'scalar'; schema: FieldSchema }
  | { kind: 'object' }
  | { kind: 'objectList' }
  | { kind: 'scalarList'; items: FieldSchema }
  | { kind: 'pager' }
  | { kind: 'unknown' };

const STRING = /^(string|sring|sting|strng|varchar|char|text)$/;
const INTEGER = /^(int|integer|long|short|byte|bytre|tinyint|smallint|bigint)$/;
const DECIMAL = /^(bigdecimal|decimal|double|float|number)([(<]\d+[,.]\d+[)>]\)?)?$/;
const BOOLEAN = /^(boolean|bool)$/;
const DATETIME = /^(datetime|date|timestamp)$/;

/** `Decimal(19,4）` → `decimal(19,4)`; `<Map<String, Object>` → `map<string,object>`. */
export function normaliseDocType(type: string): string {
  return type
    .toLowerCase()
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[\s·\\]/g, '')
    .replace(/^<+(?=map|list)/, '');
}

/** The schema of a decimal: sent and returned as a JSON number or a numeric string (Decimal(19,4)). */
export const DECIMAL_SCHEMA: FieldSchema = { type: ['number', 'string'], format: 'decimal' };

function scalarOf(type: string): FieldSchema | undefined {
  if (STRING.test(type)) return { type: 'string' };
  if (INTEGER.test(type)) return { type: 'integer' };
  if (DECIMAL.test(type)) return { ...DECIMAL_SCHEMA };
  if (BOOLEAN.test(type)) return { type: 'boolean' };
  if (DATETIME.test(type)) return { type: 'string' };
  return undefined;
}

/** Maps the page's 类型 text to a shape; typos seen on real pages (`Sring`, `bytre`) are accepted. */
export function mapDocType(rawType: string): DocTypeShape {
  const type = normaliseDocType(rawType);
  if (type === 'pager') return { kind: 'pager' };
  const scalar = scalarOf(type);
  if (scalar) return { kind: 'scalar', schema: scalar };
  if (/^(map|object|json)/.test(type)) return { kind: 'object' };
  const listElement = /^(?:list|array|set)<(.+)>$/.exec(type)?.[1] ?? /^(.+)\[\]$/.exec(type)?.[1];
  if (listElement !== undefined) {
    const elementScalar = scalarOf(listElement);
    return elementScalar ? { kind: 'scalarList', items: elementScalar } : { kind: 'objectList' };
  }
  if (/^list$/.test(type)) return { kind: 'objectList' };
  return { kind: 'unknown' };
}

const DATETIME_PATTERN = /yyyy-mm-dd\s*hh:mm(:ss)?|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/i;
const DATE_PATTERN = /yyyy-mm-dd(?!\s*hh)/i;
const EPOCH_MS_PATTERN = /毫秒(级)?时间戳/;

/**
 * The format a string field's description announces: `yyyy-MM-dd HH:mm:ss` (or a sample such as
 * `2021-11-11 00:00:00`) → datetime, `yyyy-MM-dd` → date, 毫秒级时间戳 → epoch-ms.
 */
export function formatFromDescription(description: string): FieldSchema['format'] | undefined {
  if (EPOCH_MS_PATTERN.test(description)) return 'epoch-ms';
  if (DATETIME_PATTERN.test(description)) return 'datetime';
  if (DATE_PATTERN.test(description)) return 'date';
  return undefined;
}
