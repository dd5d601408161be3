/**
 * Helpers that turn the mirror's markdown fragments back into the text the official page showed.
 * The mirror (a Firecrawl crawl) escapes markdown characters (`pre\_stockin\_no`), wraps emphasis in
 * a varying number of `**`, and writes line breaks inside table cells as `<br>`.
 */

/** Removes markdown backslash escapes: `\_` → `_`, `\*` → `*`, `\|` → `|` … */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/**
 * Removes bold/italic markers, however many asterisks the crawl left. An escaped asterisk (`\*`) is
 * text (`share\_price\*num`, `长\*宽\*高`): it stays, for unescapeMarkdown to turn into `*`.
 */
export function stripEmphasis(text: string): string {
  return text.replace(/(?<!\\)\*+/g, '');
}

/**
 * The readable text of a table cell: escapes removed, emphasis removed, `<br>` as a line break,
 * each line trimmed, empty lines dropped.
 */
export function cellText(cell: string): string {
  return unescapeMarkdown(stripEmphasis(cell))
    .split(/<br\s*\/?>/i)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * A line reduced to what identifies a heading: no emphasis, no `#`, no whitespace, no escapes.
 * `**6.响应示** **例**` → `6.响应示例`.
 */
export function headingKey(line: string): string {
  return unescapeMarkdown(stripEmphasis(line)).replace(/[#\s]/g, '');
}

/** Splits a markdown table row into raw cells, honouring `\|` escapes. */
export function splitTableRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '\\' && body[i + 1] === '|') {
      current += '\\|';
      i++;
    } else if (char === '|') {
      cells.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  cells.push(current);
  return cells.map((cell) => cell.trim());
}

export function isTableLine(line: string): boolean {
  return line.trimStart().startsWith('|');
}

export function isSeparatorRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((cell) => /^:?-{3,}:?$/.test(cell));
}
