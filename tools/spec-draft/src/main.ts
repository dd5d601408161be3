import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareCatalog, readCatalogPages } from './compareCatalog.ts';
import { conformanceReport } from './conformanceReport.ts';
import { catalogBeside, findDocsMirror, howToProvideMirror, specsDir } from './docPaths.ts';
import { draftSpec } from './draftSpec.ts';
import { parsePage } from './parsePage.ts';
import { readCatalog } from './readCatalog.ts';
import { recordRequiredResults } from './recordRequiredResults.ts';
import { writeSpecYaml } from './writeSpecYaml.ts';

const usage = `Usage: wdt-spec-draft [options] <method | page.md>...
       wdt-spec-draft --missing
       wdt-spec-draft --record-required-results [method...]
       wdt-spec-draft --conformance-report

Drafts specs/<method>.yaml from the official doc page. The draft lists in docIssues every place where
the page contradicts itself or the drafter had to choose; review it against the page before committing.

Options:
  --missing        draft every page that has no spec yet
  --pages <dir>    the mirrored doc pages (default: $WDT_DOCS_DIR/pages); catalog.md is read
                   beside it
  --out <dir>      where specs are written (default: specs/)
  --force          overwrite an existing spec (a reviewed spec is source: think twice)
  --stdout         print the draft instead of writing it
  --record-required-results
                   write the response fields each page marks 必须 into the \`required\` lists of
                   the given specs' returns (every spec when none is named); only those lines change
  --conformance-report
                   compare every spec with its page and rewrite specs/CONFORMANCE.md (what was
                   compared, every recorded deviation); exits 1 when a difference is unexplained
  -h, --help       show this help`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    missing: { type: 'boolean', default: false },
    pages: { type: 'string' },
    out: { type: 'string', default: specsDir },
    force: { type: 'boolean', default: false },
    stdout: { type: 'boolean', default: false },
    'record-required-results': { type: 'boolean', default: false },
    'conformance-report': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || (positionals.length === 0 && !values.missing && !values['record-required-results'] && !values['conformance-report'])) {
  console.log(usage);
  process.exit(values.help ? 0 : 64);
}

/** The pages folder: --pages, else the docs mirror; the mirror is outside the repository and may be missing. */
function pagesDir(): string {
  if (values.pages) return values.pages;
  let mirror: string | undefined;
  try {
    mirror = findDocsMirror();
  } catch (error) {
    console.error(`wdt-spec-draft: ${(error as Error).message}`);
    process.exit(64);
  }
  if (mirror === undefined) {
    console.error(`wdt-spec-draft: no doc pages to draft from: pass --pages <dir>, or ${howToProvideMirror}`);
    process.exit(64);
  }
  return join(mirror, 'pages');
}

if (values['conformance-report']) {
  const pages = pagesDir();
  const comparisons = compareCatalog(dirname(pages), readCatalogPages(dirname(pages), values.out));
  const report = join(values.out, 'CONFORMANCE.md');
  writeFileSync(report, conformanceReport(comparisons));
  const unexplained = comparisons.reduce((sum, comparison) => sum + comparison.unexplained.length, 0);
  const recorded = comparisons.reduce((sum, comparison) => sum + comparison.explained.length, 0);
  console.error(`${report}: ${comparisons.length} specs, ${recorded} differences explained by recorded deviations, ${unexplained} unexplained`);
  process.exit(unexplained > 0 ? 1 : 0);
}

if (values['record-required-results']) {
  const pages = pagesDir();
  const methods = positionals.length > 0 ? positionals : readdirSync(values.out).filter((file) => file.endsWith('.yaml')).map((file) => file.replace(/\.yaml$/, ''));
  let added = 0;
  let recorded = 0;
  const missing: string[] = [];
  let failed = 0;
  for (const method of methods) {
    try {
      const specFile = join(values.out, `${method}.yaml`);
      const before = readFileSync(specFile, 'utf8');
      const result = recordRequiredResults(before, parsePage(readFileSync(join(pages, `${method}.md`), 'utf8'), `${method}.md`));
      if (result.text !== before) writeFileSync(specFile, result.text);
      added += result.added;
      recorded += result.recorded;
      missing.push(...result.missing.map((path) => `${method} ${path}`));
    } catch (error) {
      console.error(`${method}: ${(error as Error).message}`);
      failed++;
    }
  }
  for (const line of missing) console.error(`page marks required, spec lacks: ${line}`);
  console.error(`${methods.length - failed} specs: ${recorded} page-required result fields in required lists (${added} added by this run); ${missing.length} page-required fields the specs lack`);
  process.exit(failed > 0 ? 1 : 0);
}

// Pages named by path need no mirror; the catalog is read beside whichever pages folder is used.
const needsPagesDir = values.missing || positionals.some((target) => !target.endsWith('.md'));
const pages = needsPagesDir ? pagesDir() : undefined;
const catalogFile = catalogBeside(pages ?? dirname(positionals[0]!));
const catalog = existsSync(catalogFile) ? readCatalog(readFileSync(catalogFile, 'utf8')) : new Map();
const pageFile = (target: string) => (target.endsWith('.md') ? target : join(pages!, `${target}.md`));
const targets = values.missing
  ? readdirSync(pages!)
      .filter((file) => file.endsWith('.md') && !existsSync(join(values.out, file.replace(/\.md$/, '.yaml'))))
      .map((file) => join(pages!, file))
  : positionals.map(pageFile);

let failed = 0;
for (const file of targets) {
  try {
    const page = parsePage(readFileSync(file, 'utf8'), basename(file));
    const yaml = writeSpecYaml(draftSpec(page, catalog.get(page.method)));
    if (values.stdout) {
      process.stdout.write(yaml);
      continue;
    }
    const out = join(values.out, `${page.method}.yaml`);
    if (existsSync(out) && !values.force) {
      console.error(`${out}: exists (a reviewed spec); pass --force to overwrite`);
      failed++;
      continue;
    }
    writeFileSync(out, yaml);
    console.error(`drafted ${out}`);
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);
