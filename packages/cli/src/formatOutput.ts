import { pickFields, valueAt, type FieldPath } from './selectFields.js';
import { visibleJson, visibleText } from './visibleText.js';

export type OutputFormat = 'json' | 'ndjson' | 'table';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'ndjson', 'table'];

/** JSON for stdout: indented for a person at a terminal, one line for pipes (jq, files); control characters escaped. */
export function formatJson(value: unknown, pretty: boolean): string {
  return `${visibleJson(JSON.stringify(value, null, pretty ? 2 : undefined))}\n`;
}

/** Where the rows of a result are: the data itself when it is a list, else its first list (e.g. a page's `order`). */
function rowsKeyOf(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return Object.keys(data).find((key) => Array.isArray((data as Record<string, unknown>)[key]));
}

/** The rows of a result: the data itself when it is a list, else its first list. */
export function rowsOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  const key = rowsKeyOf(data);
  return key === undefined ? undefined : ((data as Record<string, unknown>)[key] as unknown[]);
}

const cell = (value: unknown) => visibleText(value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
// CJK characters take two columns in a terminal.
const width = (text: string) => [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

/**
 * A plain text table of rows of objects: the chosen fields as columns, else the keys of the rows
 * in first-seen order. Every cell and heading is shown with its control characters escaped, so a
 * value cannot add rows or move the cursor.
 */
export function formatTable(rows: readonly unknown[], fields?: readonly FieldPath[]): string {
  const objects = rows.map((row) => (row !== null && typeof row === 'object' && !Array.isArray(row) ? (row as Record<string, unknown>) : { value: row }));
  const paths = fields ?? [...new Set(objects.flatMap((row) => Object.keys(row)))].map((key) => [key]);
  const columns = paths.map((path) => visibleText(path.join('.')));
  const cells = objects.map((row) => paths.map((path) => cell(valueAt(row, path))));
  const widths = columns.map((column, i) => Math.max(width(column), ...cells.map((r) => width(r[i]!))));
  const line = (values: string[]) => values.map((v, i) => pad(v, widths[i]!)).join('  ').trimEnd();
  return `${[line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`;
}

/** The data with only the chosen fields: of each row when it has rows, else of the data itself. */
function selectData(data: unknown, fields: readonly FieldPath[]): unknown {
  if (Array.isArray(data)) return data.map((row) => pickFields(row, fields));
  const key = rowsKeyOf(data);
  if (key === undefined) return pickFields(data, fields);
  return { ...(data as Record<string, unknown>), [key]: ((data as Record<string, unknown>)[key] as unknown[]).map((row) => pickFields(row, fields)) };
}

/** The result in the chosen format. ndjson and table list the rows when there are any; `fields` picks columns. */
export function formatOutput(data: unknown, format: OutputFormat, pretty: boolean, fields?: readonly FieldPath[]): string {
  const rows = format === 'json' ? undefined : rowsOf(data);
  if (format === 'ndjson') {
    const lines = rows ?? [data];
    return lines.map((row) => formatJson(fields ? pickFields(row, fields) : row, false)).join('');
  }
  if (format === 'table' && rows) return rows.length > 0 ? formatTable(rows, fields) : '(no rows)\n';
  return formatJson(fields ? selectData(data, fields) : data, pretty);
}
