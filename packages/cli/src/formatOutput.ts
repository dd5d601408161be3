export type OutputFormat = 'json' | 'ndjson' | 'table';

/** JSON for stdout: indented for a person at a terminal, one line for pipes (jq, files). */
export function formatJson(value: unknown, pretty: boolean): string {
  return `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
}

/** The rows of a result: the data itself when it is a list, else its first list (e.g. a page's `order`). */
export function rowsOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (data !== null && typeof data === 'object') return Object.values(data).find(Array.isArray);
  return undefined;
}

const cell = (value: unknown) => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
// CJK characters take two columns in a terminal.
const width = (text: string) => [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

/** A plain text table of rows of objects; columns are the keys of the rows, in first-seen order. */
export function formatTable(rows: readonly unknown[]): string {
  const objects = rows.map((row) => (row !== null && typeof row === 'object' && !Array.isArray(row) ? (row as Record<string, unknown>) : { value: row }));
  const columns = [...new Set(objects.flatMap((row) => Object.keys(row)))];
  const cells = objects.map((row) => columns.map((column) => cell(row[column])));
  const widths = columns.map((column, i) => Math.max(width(column), ...cells.map((r) => width(r[i]!))));
  const line = (values: string[]) => values.map((v, i) => pad(v, widths[i]!)).join('  ').trimEnd();
  return `${[line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`;
}

/** The result in the chosen format. ndjson and table list the rows when there are any. */
export function formatOutput(data: unknown, format: OutputFormat, pretty: boolean): string {
  const rows = format === 'json' ? undefined : rowsOf(data);
  if (format === 'ndjson') return rows ? rows.map((row) => formatJson(row, false)).join('') : formatJson(data, false);
  if (format === 'table' && rows) return rows.length > 0 ? formatTable(rows) : '(no rows)\n';
  return formatJson(data, pretty);
}
