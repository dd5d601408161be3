import type { FieldSchema } from '@wdt-kit/core';
import type { MockMethodSpec } from '../MockMethodSpec.js';

/** How a decimal goes on the wire: a JSON number (`12.5`) or a string (`"12.5000"`). */
export type DecimalStyle = 'number' | 'string';

/**
 * A method's decimal style: per field path (`order[].goods_list[].price`) where the page's own
 * response example shows the field, else the style most of its example's decimals have, else
 * DEFAULT_DECIMAL_STYLE.
 */
export interface DecimalStyles {
  at(path: string): DecimalStyle;
}

/** Protocol §7: "decimals arrive as JSON numbers (`1.0000`)"; 61 of the 80 example pages with decimals agree. */
export const DEFAULT_DECIMAL_STYLE: DecimalStyle = 'number';

// Paths step into objects with `.name` and into arrays with `[]`, rooted at '' (the data itself).
export const propertyPath = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);
export const itemPath = (path: string): string => `${path}[]`;

function collect(schema: FieldSchema | undefined, value: unknown, path: string, seen: Map<string, DecimalStyle[]>): void {
  if (!schema || value === undefined || value === null) return;
  if (schema.format === 'decimal' && (typeof value === 'number' || typeof value === 'string')) {
    const styles = seen.get(path) ?? [];
    styles.push(typeof value === 'number' ? 'number' : 'string');
    seen.set(path, styles);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(schema.items, item, itemPath(path), seen);
    return;
  }
  if (typeof value === 'object' && schema.properties) {
    for (const [key, property] of Object.entries(schema.properties)) collect(property, (value as Record<string, unknown>)[key], propertyPath(path, key), seen);
  }
}

// The more frequent style; a tie goes to the default.
function majority(styles: readonly DecimalStyle[]): DecimalStyle | undefined {
  if (styles.length === 0) return undefined;
  const strings = styles.filter((style) => style === 'string').length;
  if (strings * 2 === styles.length) return DEFAULT_DECIMAL_STYLE;
  return strings * 2 > styles.length ? 'string' : 'number';
}

const cache = new WeakMap<MockMethodSpec, DecimalStyles>();

/** The decimal styles of a method's answers, read from its recorded response example (once per spec). */
export function decimalStylesOf(spec: MockMethodSpec): DecimalStyles {
  const cached = cache.get(spec);
  if (cached) return cached;
  const seen = new Map<string, DecimalStyle[]>();
  const example = spec.examples?.response;
  // Paths are rooted at `data`; a top-level-total page's list is `data` itself, same root.
  if (example && spec.returns) collect(spec.returns, example['data'], '', seen);
  const byPath = new Map([...seen].map(([path, styles]) => [path, majority(styles)!]));
  const fallback = majority([...seen.values()].flat()) ?? DEFAULT_DECIMAL_STYLE;
  const styles: DecimalStyles = { at: (path) => byPath.get(path) ?? fallback };
  cache.set(spec, styles);
  return styles;
}

/** Every decimal a number: the style of a schema with no recorded example. */
export const DEFAULT_DECIMAL_STYLES: DecimalStyles = { at: () => DEFAULT_DECIMAL_STYLE };
