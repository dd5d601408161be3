import JSON5 from 'json5';
import { EXAMPLE_REPAIRS } from './repairExample.ts';
import { isTableLine, splitTableRow, unescapeMarkdown } from './markdownText.ts';

/** A JSON example of the page, parsed. */
export interface DocExample {
  /** The example's text as the page shows it (mirror mangling undone). */
  raw: string;
  /** The parsed value; undefined when the text could not be parsed even leniently. */
  value: unknown;
  /** Why the text is not strict JSON (`trailing comma` …), or why it could not be parsed at all. */
  defect: string | undefined;
}

/**
 * Undoes the crawl's rendering of a code block inside a table cell. Two renderings occur:
 * every code line as an inline code span (`` `{`<br>```"status"``: 0,`<br>`}` ``), or a fenced
 * block flattened into the cell (```` ```<br>{<br>"status":0<br>}<br>``` ````). Both reduce to
 * removing the backticks and turning `<br>` into line breaks.
 */
export function decodeCodeCell(cell: string): string {
  return unescapeMarkdown(cell.replace(/`/g, '').replace(/<br\s*\/?>/gi, '\n'));
}

/**
 * The page indents its code with non-breaking spaces (HTML `&nbsp;`), which a browser copy turns
 * into plain spaces; JSON.parse rejects them, so they are normalised rather than reported.
 */
function normaliseSpaces(code: string): string {
  return code.replace(/\u00a0/g, ' ');
}

/**
 * The code blocks of a page section, in order: fenced blocks, and table cells that hold code (the
 * JSON/PHP tabs of the official page become one- or two-column tables in the mirror).
 */
export function codeBlocks(sectionLines: readonly string[]): string[] {
  const blocks: string[] = [];
  let fence: string[] | undefined;
  for (const line of sectionLines) {
    if (/^\s*```/.test(line)) {
      if (fence) {
        blocks.push(unescapeMarkdown(fence.join('\n')));
        fence = undefined;
      } else {
        fence = [];
      }
      continue;
    }
    if (fence) {
      // Markdown hard line breaks: the crawl ends some fenced lines with a backslash.
      fence.push(line.replace(/\\$/, ''));
      continue;
    }
    if (!isTableLine(line)) continue;
    for (const cell of splitTableRow(line)) {
      if (cell.includes('`')) blocks.push(decodeCodeCell(cell));
    }
  }
  if (fence) blocks.push(unescapeMarkdown(fence.join('\n')));
  return blocks.map((block) => normaliseSpaces(block).trim()).filter((block) => block !== '');
}

/** Names what makes a text that JSON5 accepts invalid as strict JSON. */
function strictJsonDefect(example: string): string {
  const text = example.replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
  const found: string[] = [];
  if (/,\s*[}\]]/.test(text)) found.push('trailing comma');
  if (/(^|[^\\"])'[^']*'/.test(text)) found.push('single-quoted string');
  if (/\/\/|\/\*/.test(text)) found.push('comment');
  if (/[{,]\s*[A-Za-z_$][\w$]*\s*:/.test(text)) found.push('unquoted key');
  if (found.length === 0) {
    try {
      JSON.parse(example);
    } catch (error) {
      found.push(`not strict JSON (${(error as Error).message})`);
    }
  }
  return found.join(', ');
}

function tryJson5(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON5.parse(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * Parses an example strictly, else leniently (JSON5), else after the repairs of repairExample.ts,
 * recording every defect found on the way.
 */
export function parseExample(raw: string): DocExample {
  try {
    return { raw, value: JSON.parse(raw), defect: undefined };
  } catch {
    // fall through to the lenient parse
  }
  const lenient = tryJson5(raw);
  if ('value' in lenient) return { raw, value: lenient.value, defect: strictJsonDefect(raw) };

  let text = raw;
  const repairs: string[] = [];
  for (const repair of EXAMPLE_REPAIRS) {
    const repaired = repair.apply(text);
    if (repaired === text) continue;
    text = repaired;
    repairs.push(repair.defect);
    const attempt = tryJson5(text);
    if ('value' in attempt) {
      const remaining = strictJsonDefect(text);
      return { raw, value: attempt.value, defect: [...repairs, ...(remaining ? [remaining] : [])].join('; ') };
    }
  }
  return { raw, value: undefined, defect: `unparseable: ${lenient.error}` };
}

// How a JSON example starts: `[` or `{`; on defective pages also a bare `"status": …` (braces
// lost) or a label such as `response: {`. PHP, Java and C# tabs start otherwise.
const LOOKS_LIKE_JSON = /^([[{"]|[A-Za-z_]+\s*:\s*[[{])/;

/**
 * The JSON example of a section: the first code block that starts like JSON, skipping the
 * PHP/Java/C# tabs. Undefined when the section has none (an empty `<br>` cell, or no example).
 */
export function extractExample(sectionLines: readonly string[]): DocExample | undefined {
  const json = codeBlocks(sectionLines).find((block) => LOOKS_LIKE_JSON.test(block));
  return json === undefined ? undefined : parseExample(json);
}
