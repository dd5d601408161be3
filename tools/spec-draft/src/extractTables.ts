import { cellText, headingKey, isSeparatorRow, isTableLine, splitTableRow, unescapeMarkdown, stripEmphasis } from './markdownText.ts';

/** One row of a `名称 | 字段 | 类型 | 长度 | 必须 | 描述` table. */
export interface DocField {
  /** 名称 */
  title: string;
  /** 字段 */
  name: string;
  /** 类型, as written (typos included). */
  type: string;
  /** 长度 */
  length: string;
  /** 必须 as written (Y/y/是/N/n/否/empty). */
  requiredText: string;
  /** 描述, `<br>` turned into line breaks. */
  description: string;
}

/** A field table and the text that precedes it. */
export interface DocTable {
  /** The heading that names the table (`**order\_list**` → `order_list`), or undefined for a section's first table. */
  heading: string | undefined;
  /** Text lines between the previous table and this one, cleaned (`返回值为一个Map<String, Object>` …). */
  preamble: string[];
  fields: DocField[];
  /** What was odd about the table itself: missing header row, rows before the header … */
  defects: string[];
}

type Column = keyof Omit<DocField, never>;

// Header cell → column. `型类` and `字段类型` are typos/variants of 类型 seen on real pages; one page
// heads its first column `字段` as well, which is why the first `字段` of such a header means 名称.
const HEADER_COLUMNS: readonly [RegExp, Column][] = [
  [/^名称$/, 'title'],
  [/^(类型|型类|字段类型)$/, 'type'],
  [/^长度$/, 'length'],
  [/^必须$/, 'requiredText'],
  [/^描述/, 'description'],
];

const DEFAULT_COLUMNS: readonly Column[] = ['title', 'name', 'type', 'length', 'requiredText', 'description'];

function columnsOf(headerCells: readonly string[]): Column[] | undefined {
  const texts = headerCells.map((cell) => stripEmphasis(cell).trim());
  if (!texts.includes('字段')) return undefined;
  const fieldIndex = texts.lastIndexOf('字段');
  return texts.map((text, i): Column => {
    if (i === fieldIndex) return 'name';
    if (text === '字段') return 'title';
    return HEADER_COLUMNS.find(([pattern]) => pattern.test(text))?.[1] ?? 'description';
  });
}

// A field name as the pages write it: snake_case or camelCase, sometimes with a stray space.
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function fieldOf(cells: readonly string[], columns: readonly Column[]): DocField | undefined {
  const field: DocField = { title: '', name: '', type: '', length: '', requiredText: '', description: '' };
  cells.forEach((cell, i) => {
    const column = columns[i] ?? 'description';
    const text = cellText(cell);
    field[column] = column === 'description' && field.description ? `${field.description}\n${text}` : text;
  });
  field.name = field.name.replace(/\s+/g, '');
  if (!FIELD_NAME.test(field.name)) return undefined;
  return field;
}

/** Lines that sit between tables but describe the table rather than name it. */
// Section headings (`3.3 业务请求参数`, `4.响应参数`) name no field either.
const PREAMBLE_NOT_HEADING = /^(返回值为一个|响应参数为一个|响应参数说明|响应参数$|\d+\.)/;

/**
 * The name a heading line gives its table: emphasis, spaces, escapes and a trailing colon removed;
 * a parenthetical remark after the name (`discountList(平台,tid,oid,sn,type 联合组成唯一)`) is dropped.
 */
export function tableHeadingName(line: string): string | undefined {
  const key = headingKey(line).replace(/[:：]$/, '');
  if (!key || PREAMBLE_NOT_HEADING.test(key)) return undefined;
  const name = key.replace(/[（(].*$/, '');
  return name || undefined;
}

interface TableBlock {
  lines: string[];
  textBefore: string[];
}

function tableBlocks(lines: readonly string[]): TableBlock[] {
  const blocks: TableBlock[] = [];
  let text: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (isTableLine(line)) {
      if (!current) {
        current = [];
        blocks.push({ lines: current, textBefore: text });
        text = [];
      }
      current.push(line);
    } else {
      current = undefined;
      if (line.trim() !== '') text.push(line.trim());
    }
  }
  return blocks;
}

/**
 * Every field table of a page section, in page order, each with the heading that precedes it.
 * Tables without a `字段` header are skipped unless their rows still look like field rows (the crawl
 * sometimes moves the first data row above the header, or loses the header).
 */
export function extractTables(sectionLines: readonly string[]): DocTable[] {
  const tables: DocTable[] = [];
  for (const block of tableBlocks(sectionLines)) {
    const rows = block.lines.map(splitTableRow).filter((cells) => !isSeparatorRow(cells));
    const headerIndex = rows.findIndex((cells) => columnsOf(cells) !== undefined);
    const defects: string[] = [];
    let columns: readonly Column[];
    if (headerIndex >= 0) {
      columns = columnsOf(rows[headerIndex]!)!;
      if (headerIndex > 0) defects.push(`${headerIndex} row(s) above the table's header row`);
    } else {
      columns = DEFAULT_COLUMNS;
    }
    const fields = rows
      .filter((_, i) => i !== headerIndex)
      .map((cells) => (cells.length >= 4 ? fieldOf(cells, columns) : undefined))
      .filter((field): field is DocField => field !== undefined);
    if (fields.length === 0) continue;
    if (headerIndex < 0) defects.push('table without a header row');
    const preamble = block.textBefore.map((line) => unescapeMarkdown(stripEmphasis(line)).trim());
    const heading = [...block.textBefore].reverse().map(tableHeadingName).find((name) => name !== undefined);
    tables.push({ heading, preamble, fields, defects });
  }
  return tables;
}

