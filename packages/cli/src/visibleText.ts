// Characters a terminal acts on instead of showing: C0 controls (newline, ESC...), DEL, C1 controls
// (8-bit CSI), line and paragraph separators, and bidi overrides that reorder what is shown.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same minus C0: JSON.stringify already escapes those inside strings.
const INVISIBLE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escape = (ch: string) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text from the server (or anyone else) made safe to print on a terminal: every control or
 * escape character is shown as `\n`, `\u001b`... so it cannot clear the screen, set the window
 * title or fake a line of output.
 */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, escape);
}

/** JSON text with the characters JSON.stringify leaves raw escaped too; still valid JSON. */
export function visibleJson(json: string): string {
  return json.replace(INVISIBLE_IN_JSON, escape);
}
