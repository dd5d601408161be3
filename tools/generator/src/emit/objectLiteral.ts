/** Keys every object has through Object.prototype (`constructor`, `toString`, `__proto__`, …). */
const OBJECT_MEMBER_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Spec data as a TypeScript expression, formatted as `JSON.stringify(value, null, 2)` would, with two
 * differences that keep every field of the spec:
 * - a key named `__proto__` is written as a computed key: in an object literal `"__proto__": x` sets
 *   the prototype instead of making a property, and the field would vanish from the tables;
 * - below a key named like an Object.prototype member (`constructor`, `toString`, …) strings are
 *   `as const`: TypeScript takes that member's type as the context there, so `"integer"` would widen
 *   to `string` and no longer match the schema types.
 */
export function objectLiteralOf(value: unknown): string {
  return write(value, '', false);
}

function write(value: unknown, indent: string, literalStrings: boolean): string {
  if (typeof value === 'string') return literalStrings ? `${JSON.stringify(value)} as const` : JSON.stringify(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${write(item, inner, literalStrings)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item]) => {
    const name = key === '__proto__' ? '["__proto__"]' : JSON.stringify(key);
    return `${inner}${name}: ${write(item, inner, literalStrings || OBJECT_MEMBER_NAMES.has(key))}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
