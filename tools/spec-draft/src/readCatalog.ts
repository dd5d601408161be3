import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MethodSpec } from '@wdt-kit/core';
import { specsDir } from './docPaths.ts';

type Category = NonNullable<MethodSpec['category']>;

/** One row of catalog.md §1a: what the official menu says about a method. */
export interface CatalogEntry {
  method: string;
  title: string;
  /** The left-menu group (订单类, 库存类 …); absent when the catalog names one the spec format does not know. */
  category?: Category;
  paged: boolean;
}

// The spec format's menu groups, read from the schema that defines them.
const CATEGORIES: readonly string[] = JSON.parse(readFileSync(join(specsDir, 'spec.schema.json'), 'utf8')).properties.category.enum;
const isCategory = (text: string): text is Category => CATEGORIES.includes(text);

// `| 59 | \`wms.stockin.Refund.returnLogisticsPackageQuery\` | 退货物流包裹查询 | 售后类 | Y | … |`
const ROW = /^\|\s*\d+\s*\|\s*`([^`]+)`\s*\|\s*([^|]*?)\s*\|\s*([^|]*?)\s*\|\s*(Y|-)\s*\|/;

/** The documented methods of catalog.md, by wire name. */
export function readCatalog(markdown: string): Map<string, CatalogEntry> {
  const entries = new Map<string, CatalogEntry>();
  for (const line of markdown.split('\n')) {
    const match = ROW.exec(line);
    if (!match) continue;
    const [, method, title, category, paged] = match;
    entries.set(method!, { method: method!, title: title!, ...(isCategory(category!) ? { category: category! } : {}), paged: paged === 'Y' });
  }
  return entries;
}
