/** The deepest nesting the CLI prints; real answers are a few levels deep. */
export const MAX_PRINTABLE_DEPTH = 64;

/**
 * An answer the CLI received but will not print: nested too deeply, or holding a number JSON
 * cannot carry exactly. Exit code 69 (no usable answer); the message says whether the call itself
 * succeeded.
 */
export class UnprintableAnswerError extends Error {
  override name = 'UnprintableAnswerError';
}

/**
 * Walks the data without recursion (a hostile answer may nest a million levels) and throws
 * UnprintableAnswerError at the first part that cannot be printed faithfully: deeper than
 * MAX_PRINTABLE_DEPTH, a number that overflowed to Infinity, or an integer beyond 2^53 whose
 * digits JSON.parse has already changed.
 */
export function checkPrintable(data: unknown, what: string): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: 'data', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new UnprintableAnswerError(`${what} holds a number too large for JSON at ${path}`);
      if (Number.isInteger(value) && !Number.isSafeInteger(value)) throw new UnprintableAnswerError(`${what} holds an integer beyond 2^53 at ${path}: its digits cannot be printed exactly`);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_PRINTABLE_DEPTH) throw new UnprintableAnswerError(`${what} is nested deeper than ${MAX_PRINTABLE_DEPTH} levels (at ${path.length > 80 ? `${path.slice(0, 80)}…` : path})`);
    if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
    else for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: `${path}.${key}`, depth: depth + 1 });
  }
}
