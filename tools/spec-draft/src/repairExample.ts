/**
 * Repairs for example texts that even JSON5 rejects. Each repair fixes one kind of defect seen on
 * the official pages and names it, so the spec can record what the page got wrong.
 */
export interface Repair {
  /** The defect, as recorded in docIssues. */
  defect: string;
  /** The repaired text, or the same text when the defect is absent. */
  apply(text: string): string;
}

/**
 * Applies `replace` to every character inside, or outside, double-quoted strings. The quotes and
 * escape sequences inside strings are kept as they are.
 */
function mapCharacters(text: string, where: 'inside' | 'outside', replace: (char: string) => string): string {
  let result = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      inString = !inString;
      result += char;
    } else if (inString && char === '\\') {
      result += char + (text[i + 1] ?? '');
      i++;
    } else {
      result += inString === (where === 'inside') ? replace(char) : char;
    }
  }
  return result;
}

const mapOutsideStrings = (text: string, replace: (char: string) => string) => mapCharacters(text, 'outside', replace);
const mapInsideStrings = (text: string, replace: (char: string) => string) => mapCharacters(text, 'inside', replace);

const FULL_WIDTH: Record<string, string> = { '：': ':', '，': ',', '｛': '{', '｝': '}', '［': '[', '］': ']' };
const CLOSER_OF: Record<string, string> = { '{': '}', '[': ']' };

/** Drops closers that match no opener, then appends the closers still missing. */
function balanceBrackets(text: string): string {
  const stack: string[] = [];
  let result = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      result += char;
      if (char === '\\') result += text[++i] ?? '';
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    if (char === '{' || char === '[') stack.push(CLOSER_OF[char]!);
    if (char === '}' || char === ']') {
      if (stack[stack.length - 1] !== char) continue;
      stack.pop();
    }
    result += char;
  }
  return result.trimEnd() + '\n' + stack.reverse().join('\n');
}

export const EXAMPLE_REPAIRS: readonly Repair[] = [
  {
    defect: 'the example is prefixed with a label (e.g. `response:`)',
    apply: (text) => text.replace(/^\s*[A-Za-z_]+\s*[:：]\s*(?=[[{])/, ''),
  },
  {
    defect: 'typographic quotes (“ ”) instead of "',
    apply: (text) => text.replace(/[“”]/g, '"'),
  },
  {
    defect: 'full-width punctuation (：，) outside strings',
    apply: (text) => mapOutsideStrings(text, (char) => FULL_WIDTH[char] ?? char),
  },
  {
    defect: 'a line break inside a string',
    apply: (text) => mapInsideStrings(text, (char) => (char === '\n' ? ' ' : char)),
  },
  {
    defect: 'the outer braces are missing',
    apply: (text) => (/^\s*"/.test(text) ? `{${text}}` : text),
  },
  {
    defect: 'unbalanced brackets (a closing bracket missing or one too many)',
    apply: (text) => {
      const balanced = balanceBrackets(text);
      return balanced.replace(/\s+/g, '') === text.replace(/\s+/g, '') ? text : balanced;
    },
  },
];
