// 16 digits in a row: the only way a JSON text can hold an integer beyond Number.MAX_SAFE_INTEGER.
const LONG_DIGITS = /\d{16}/;

/**
 * JSON.parse that keeps integers beyond ±2^53 exact: they come back as decimal strings (ids and
 * amounts in fen can exceed 2^53; a number would be silently rounded). Everything else parses as
 * JSON.parse does; texts without 16 digits in a row take JSON.parse directly.
 */
export function parseJsonExact(text: string): unknown {
  if (!LONG_DIGITS.test(text)) return JSON.parse(text);
  return JSON.parse(quoteUnsafeIntegers(text));
}

function quoteUnsafeIntegers(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      continue;
    }
    if (c !== 0x2d && (c < 0x30 || c > 0x39)) continue;
    let end = i + 1;
    while (end < text.length && /[0-9.eE+-]/.test(text[end]!)) end++;
    const token = text.slice(i, end);
    if (/^-?\d{16,}$/.test(token) && !Number.isSafeInteger(Number(token))) {
      out += `${text.slice(copiedUpTo, i)}"${token}"`;
      copiedUpTo = end;
    }
    i = end - 1;
  }
  return out + text.slice(copiedUpTo);
}
