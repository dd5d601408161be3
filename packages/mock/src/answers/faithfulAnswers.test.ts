// Every generated answer of the catalog is shaped like the pages' examples (issue 15, point 3):
// valid against the spec, the same for the same seed, epoch-ms fields integers, decimals in the
// style the method's own example shows. Third-party clients decode the mock's answers like the
// real server's: digit-string epoch-ms fields once broke a typed Go client on
// setting.Warehouse.queryWarehouse.
import { validateValue, type FieldSchema } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { handlerTable } from '../generated/handlers.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import { decimalStylesOf, itemPath, propertyPath } from './decimalStyle.js';
import { generateFromSchema } from './generateFromSchema.js';
import { seededRandom } from './seededRandom.js';

interface Seen {
  path: string;
  format: 'epoch-ms' | 'decimal';
  value: unknown;
}

function formatted(schema: FieldSchema | undefined, value: unknown, path: string, seen: Seen[]): void {
  if (!schema || value === undefined || value === null) return;
  if (schema.format === 'epoch-ms' || schema.format === 'decimal') seen.push({ path, format: schema.format, value });
  if (Array.isArray(value)) for (const item of value) formatted(schema.items, item, itemPath(path), seen);
  else if (typeof value === 'object' && schema.properties) {
    for (const [key, property] of Object.entries(schema.properties)) formatted(property, (value as Record<string, unknown>)[key], propertyPath(path, key), seen);
  }
}

// The decimal fields whose style the page's example shows, by path.
function exampleStyles(spec: MockMethodSpec): Map<string, Set<string>> {
  const seen: Seen[] = [];
  formatted(spec.returns ?? undefined, spec.examples?.response?.['data'], '', seen);
  const styles = new Map<string, Set<string>>();
  for (const { path, format, value } of seen) if (format === 'decimal') styles.set(path, (styles.get(path) ?? new Set()).add(typeof value));
  return styles;
}

const withReturns = Object.values(handlerTable).filter((spec) => spec.returns !== null);

describe.each(withReturns.map((spec) => [spec.method, spec] as const))('%s, generated', (_method, spec) => {
  it('is valid, deterministic, with integer epoch-ms fields and decimals styled as its example shows', () => {
    const generate = (seed: string) => generateFromSchema(spec.returns!, seededRandom(seed), 'data', { path: '', decimals: decimalStylesOf(spec) });
    const data = generate('faithful');
    expect(validateValue(data, spec.returns!, 'data')).toEqual([]);
    expect(generate('faithful')).toEqual(data);
    const seen: Seen[] = [];
    formatted(spec.returns!, data, '', seen);
    const shown = exampleStyles(spec);
    for (const { path, format, value } of seen) {
      if (format === 'epoch-ms') expect(Number.isInteger(value), `${path} = ${JSON.stringify(value)}`).toBe(true);
      const styles = shown.get(path);
      // A field the example shows in one style only is generated in that style.
      if (format === 'decimal' && styles?.size === 1) expect(typeof value, path).toBe([...styles][0]);
    }
  });
});

describe('the catalog, generated', () => {
  it('has epoch-ms fields typed [string, integer] that now come out as integers', () => {
    const typedBoth = withReturns.filter((spec) => JSON.stringify(spec.returns).includes('"format":"epoch-ms"'));
    expect(typedBoth.map((spec) => spec.method)).toContain('setting.Warehouse.queryWarehouse');
  });

  it('has methods whose examples show decimals as strings, and generates strings for them', () => {
    const stringStyled = withReturns.filter((spec) => [...exampleStyles(spec).values()].some((styles) => styles.size === 1 && styles.has('string')));
    expect(stringStyled.map((spec) => spec.method)).toContain('wms.StockSpec.stockDetailSearch');
  });
});
