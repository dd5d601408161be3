/** One row of catalog.md §1a: what the official menu says about a method. */
export interface CatalogEntry {
  method: string;
  title: string;
  /** The left-menu group (订单类, 库存类 …). */
  category: string;
  paged: boolean;
}

// `| 59 | \`wms.stockin.Refund.returnLogisticsPackageQuery\` | 退货物流包裹查询 | 售后类 | Y | … |`
const ROW = /^\|\s*\d+\s*\|\s*`([^`]+)`\s*\|\s*([^|]*?)\s*\|\s*([^|]*?)\s*\|\s*(Y|-)\s*\|/;

/** The documented methods of catalog.md, by wire name. */
export function readCatalog(markdown: string): Map<string, CatalogEntry> {
  const entries = new Map<string, CatalogEntry>();
  for (const line of markdown.split('\n')) {
    const match = ROW.exec(line);
    if (!match) continue;
    const [, method, title, category, paged] = match;
    entries.set(method!, { method: method!, title: title!, category: category!, paged: paged === 'Y' });
  }
  return entries;
}
