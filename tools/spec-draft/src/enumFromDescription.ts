/** A code list read from a description: the values and the Chinese label of each. */
export interface DocEnum {
  values: number[];
  labels: Record<string, string>;
}

// Descriptions of fields that take several codes at once, or a bit mask: an enum would reject the
// combinations the server accepts.
const NOT_A_SINGLE_CODE = /位运算|掩码|多个|逗号|拼接|隔开|分隔|按位|之和|组合/;

// One entry: a code, a separator (`:`, `：`, `、`, `=`, `.`, `-`, `为` or nothing) and a label that
// does not start with a digit.
const ENTRY = /^(-?\d+)\s*(?:[:：、=.．\-]|为)?\s*(\D.*)$/s;

/** Lines that may frame a code list without being part of it: a default, or a lone heading line. */
const DEFAULT_LINE = /^(默认|不传)/;

function cleanLabel(label: string): string {
  return label
    .trim()
    // A default noted inside the last label (`2服务（不传默认为0）`, `40 已取消.不传默认显示全部`) is not part of it.
    .replace(/[（(][^）)]*(不传|默认)[^）)]*[）)]$/, '')
    .replace(/[.。,，\s]+(不传|默认).*$/s, '')
    .replace(/^["“]|["”]$/g, '')
    .replace(/[。.;；,，]+$/, '')
    .trim();
}

function isPowerOfTwo(value: number): boolean {
  return value > 0 && (value & (value - 1)) === 0;
}

/**
 * The enum a description defines, only when the description is nothing but a code list (an
 * optional heading line such as `订单状态:`, entries like `1:编辑中;10:待审核` or `10未确认 20待尾款`,
 * an optional `默认…` line). Anything else — free text, conditions, links, a single code, masks,
 * comma lists — yields undefined: an enum is only declared when the list is clearly complete.
 */
export function enumFromDescription(description: string): DocEnum | undefined {
  if (NOT_A_SINGLE_CODE.test(description)) return undefined;
  const lines = description
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length > 0 && !/\d/.test(lines[0]!) && lines.length > 1) lines.shift();
  else if (lines.length > 0 && /^[^\d]{1,12}[:：]\s*(?=-?\d)/.test(lines[0]!)) lines[0] = lines[0]!.replace(/^[^\d]{1,12}[:：]\s*/, '');
  while (lines.length > 0 && DEFAULT_LINE.test(lines[lines.length - 1]!)) lines.pop();

  const entries = lines
    .join('\n')
    .split(/[\n;；,，]+|\s+(?=-?\d+\s*(?:[:：、=.．\-]|为)?\s*\D)/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length < 2) return undefined;

  const values: number[] = [];
  const labels: Record<string, string> = {};
  for (const entry of entries) {
    const match = ENTRY.exec(entry);
    if (!match) return undefined;
    const value = Number(match[1]);
    const label = cleanLabel(match[2]!);
    // A label that holds another code (`待结算2:部分结算`) means a separator is missing: not a clean list.
    if (!label || /\d\s*[:：、]|\d{2,}/.test(label) || String(value) in labels) return undefined;
    values.push(value);
    labels[String(value)] = label;
  }
  // 1, 2, 4, 8 … is a bit mask even when the page does not say so.
  const positive = values.filter((value) => value !== 0);
  if (positive.length >= 3 && positive.every(isPowerOfTwo) && Math.max(...positive) >= 4) return undefined;
  return { values, labels };
}
