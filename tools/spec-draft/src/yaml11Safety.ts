import { isDeepStrictEqual } from 'node:util';
import { isScalar, parse, parseDocument, visit, type Scalar } from 'yaml';

/**
 * Specs are data other tools read, and many of them read YAML 1.1 (PyYAML, Go's yaml.v2), where a
 * plain `2023-06-31 10:00:00` is a timestamp, `no` a boolean and `1:30` a number. A plain scalar that
 * a YAML 1.1 reader resolves to anything else than YAML 1.2 does must be quoted.
 */
export function readsDifferentlyInYaml11(source: string, value: unknown): boolean {
  let old: unknown;
  try {
    old = parse(source, { version: '1.1' });
  } catch {
    return true;
  }
  return !isDeepStrictEqual(old, value);
}

/** Marks every plain string of a document that YAML 1.1 reads otherwise to be written double-quoted. */
export function quoteForYaml11(node: Parameters<typeof visit>[0]): void {
  visit(node, {
    Scalar(_, scalar: Scalar) {
      if (typeof scalar.value === 'string' && readsDifferentlyInYaml11(scalar.value, scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
  });
}

/**
 * Quotes, in a spec's text, every plain scalar (key or value) that YAML 1.1 reads otherwise; every
 * other byte stays. Returns the text unchanged when there is none.
 */
export function quoteYaml11Ambiguities(text: string): { text: string; quoted: string[] } {
  const doc = parseDocument(text);
  const edits: { start: number; end: number; text: string }[] = [];
  const quoted: string[] = [];
  visit(doc, {
    Scalar(_, scalar) {
      if (!isScalar(scalar) || scalar.type !== 'PLAIN' || !scalar.range || typeof scalar.value !== 'string') return;
      const [start, end] = scalar.range;
      const source = text.slice(start, end);
      if (!readsDifferentlyInYaml11(source, scalar.value)) return;
      edits.push({ start, end, text: JSON.stringify(scalar.value) });
      quoted.push(scalar.value);
    },
  });
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { text: out, quoted };
}
