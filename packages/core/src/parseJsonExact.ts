// 16 digits in a row: the only way a JSON text can hold an integer beyond Number.MAX_SAFE_INTEGER.
const LONG_DIGITS = /\d{16}/;
const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*/g;

/**
 * JSON.parse that keeps integers beyond ±2^53 exact: they come back as decimal strings (ids and
 * amounts in fen can exceed 2^53; a number would be silently rounded). Everything else parses as
 * JSON.parse does; texts without 16 digits in a row take JSON.parse directly.
 */
export function parseJsonExact(text: string): unknown {
  if (!LONG_DIGITS.test(text)) return JSON.parse(text);
  // Each string and each number token whole (so digits inside a string or a fraction are never
  // matched on their own); only an integer token that is not a safe integer is quoted.
  return JSON.parse(text.replace(TOKEN, (token) => (/^-?\d{16,}$/.test(token) && !Number.isSafeInteger(Number(token)) ? `"${token}"` : token)));
}
