import { extractExample, type DocExample } from './extractExample.ts';
import { extractTables, type DocTable } from './extractTables.ts';
import { headingKey, stripEmphasis, unescapeMarkdown } from './markdownText.ts';
import { parseIntro, type DocIntro } from './parseIntro.ts';
import { splitFrontMatter, splitSections } from './splitSections.ts';

/** Everything the drafter reads from one official method page. */
export interface DocPage {
  /** Wire name, from the page address (`…/doc?path=<method>`). */
  method: string;
  /** Chinese name from the page heading, e.g. 退货预入库单取消. */
  title: string;
  docUrl: string | undefined;
  intro: DocIntro;
  /** 3.2 公共请求参数; paged methods list page_size/page_no/calc_total here. */
  publicParams: DocTable | undefined;
  /** The 3.3 heading as written; one page puts the argument's type there (`3.3 请求参数：List<Map<…>>`). */
  argsHeading: string;
  /** 3.3 业务请求参数: the positional arguments, in order. */
  args: DocTable | undefined;
  /** The bold-headed tables after the argument table (`**params**`, `**detail_list**` …), in page order. */
  argTables: DocTable[];
  /** 4 响应参数: the envelope table (status, message, data …). */
  response: DocTable | undefined;
  /** The nested response tables (`**data**`, `**order**` …), in page order. */
  responseTables: DocTable[];
  /** 5 请求示例 (JSON tab). */
  requestExample: DocExample | undefined;
  /** 6.1 正常响应示例. */
  successExample: DocExample | undefined;
  /** 6.2 异常响应示例. */
  errorExample: DocExample | undefined;
}

/** `****sales.TradeQuery.queryWithDetail**（订单查询）**` → 订单查询. */
function titleOf(headingLines: readonly string[], method: string): string {
  const line = headingLines.map((text) => unescapeMarkdown(stripEmphasis(text)).replace(/^#+/, '').trim()).find((text) => text !== '') ?? '';
  // The method name may carry stray spaces (`w ms.stockout…`); the title follows it, in brackets or not.
  const compact = line.replace(/^[A-Za-z0-9.\s]+/, (name) => (name.replace(/\s+/g, '') === method ? '' : name));
  const inBrackets = /^[（(]\s*([\s\S]*?)\s*[）)]?\s*$/.exec(compact.trim());
  const title = (inBrackets ? inBrackets[1]! : compact).trim();
  // The crawl inserts spaces between CJK characters (`原始 单推送2`); none belong there.
  return title.replace(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/g, '');
}

function methodOf(url: string | undefined, fileName: string | undefined): string {
  const fromUrl = url ? new URL(url).searchParams.get('path') : null;
  if (fromUrl) return fromUrl.trim();
  if (fileName) return fileName.replace(/\.md$/, '');
  throw new Error('the page has no url front matter and no file name to take the method from');
}

/** Parses one mirrored doc page (markdown) into its parts. `fileName` names the method when the page has no url. */
export function parsePage(markdown: string, fileName?: string): DocPage {
  const { url, body } = splitFrontMatter(markdown);
  const method = methodOf(url, fileName);
  const sections = splitSections(body);
  const [args, ...argTables] = extractTables(sections.args);
  const [response, ...responseTables] = extractTables(sections.response);
  return {
    method,
    title: titleOf(sections.heading, method),
    docUrl: url,
    intro: parseIntro(sections.intro),
    publicParams: extractTables(sections.publicParams)[0],
    argsHeading: headingKey(sections.args[0] ?? ''),
    args: args && args.heading === undefined ? args : undefined,
    argTables: args && args.heading !== undefined ? [args, ...argTables] : argTables,
    response: response && response.heading === undefined ? response : undefined,
    responseTables: response && response.heading !== undefined ? [response, ...responseTables] : responseTables,
    requestExample: extractExample(sections.requestExample),
    successExample: extractExample(sections.successExample),
    errorExample: extractExample(sections.errorExample),
  };
}
