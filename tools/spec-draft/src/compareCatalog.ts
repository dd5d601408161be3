import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compareWithPage, type Comparison } from './compareWithPage.ts';
import { specsDir } from './docPaths.ts';
import { parsePage, type DocPage } from './parsePage.ts';
import { readCatalog } from './readCatalog.ts';
import type { MethodSpec } from './specTypes.ts';

export interface CatalogPage {
  page: DocPage;
  /** The spec's text as committed, or undefined when the page has no spec. */
  specText: string | undefined;
}

/** Every page of a mirror (sorted by method) with its spec's text from `specs`. */
export function readCatalogPages(mirror: string, specs: string = specsDir): CatalogPage[] {
  const pagesDir = join(mirror, 'pages');
  return readdirSync(pagesDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const page = parsePage(readFileSync(join(pagesDir, file), 'utf8'), file);
      const specFile = join(specs, `${page.method}.yaml`);
      return { page, specText: existsSync(specFile) ? readFileSync(specFile, 'utf8') : undefined };
    });
}

/** Every spec of the catalog compared with its page (pages without a spec are left out). */
export function compareCatalog(mirror: string, pages: readonly CatalogPage[] = readCatalogPages(mirror)): Comparison[] {
  const catalogFile = join(mirror, 'catalog.md');
  const catalog = existsSync(catalogFile) ? readCatalog(readFileSync(catalogFile, 'utf8')) : new Map();
  return pages
    .filter((entry): entry is CatalogPage & { specText: string } => entry.specText !== undefined)
    .map(({ page, specText }) => compareWithPage(parse(specText) as MethodSpec, page, catalog.get(page.method)));
}
