import { isMap, isScalar, parseDocument, stringify, type Document, type Node, type Pair } from 'yaml';
import type { MethodSpec } from './specTypes.ts';

export type YamlPath = (string | number)[];

/**
 * Where a field of the conformance tree (`args.params.shop_no`, `data.order[].trade_no`) sits in a
 * spec document: the mapping of its schema, and for a top-level argument the argument's own mapping
 * (which holds its title, description and required flag).
 */
export function yamlPathOf(spec: Pick<MethodSpec, 'args'>, fieldPath: string): { schema: YamlPath; labels: YamlPath } {
  const [root, ...rest] = fieldPath.split(/(?=\.|\[\]|\{\})/);
  let schema: YamlPath;
  let labels: YamlPath;
  let steps = rest;
  if (root === 'data') {
    schema = ['returns'];
    labels = schema;
  } else {
    const first = steps[0]!.slice(1);
    const index = spec.args.findIndex((arg) => arg.name === first);
    if (index < 0) throw new Error(`${fieldPath}: no argument ${first}`);
    schema = ['args', index, 'schema'];
    labels = ['args', index];
    steps = steps.slice(1);
  }
  for (const step of steps) {
    schema = step === '[]' ? [...schema, 'items'] : step === '{}' ? [...schema, 'additionalProperties'] : [...schema, 'properties', step.slice(1)];
    labels = schema;
  }
  return { schema, labels };
}

// A value as YAML text that fits inside a flow mapping as well as a block one, and that YAML 1.1
// readers read the same (a string such as `no` or a date is quoted).
const flowText = (value: unknown) => stringify(value, { version: '1.1', collectionStyle: 'flow', lineWidth: 0, defaultKeyType: 'PLAIN' }).trimEnd();

interface Edit {
  start: number;
  end: number;
  text: string;
}

function mapAt(doc: Document, path: YamlPath) {
  const node = doc.getIn(path, true);
  if (!isMap(node)) throw new Error(`${path.join('.')}: not a mapping`);
  return node;
}

/**
 * Sets `key` of the mapping at `path` to `value` by editing the text: an existing value is replaced in
 * place, a new key goes after `after` (or at the end of the mapping) in the mapping's own style.
 * Everything else in the file stays byte for byte.
 */
export function setKeyEdit(text: string, doc: Document, path: YamlPath, key: string, value: unknown, after: readonly string[] = []): Edit {
  const map = mapAt(doc, path);
  const pairs = map.items as Pair<Node, Node>[];
  const keyed = (name: string) => pairs.find((pair) => isScalar(pair.key) && pair.key.value === name);
  const existing = keyed(key);
  if (existing?.value?.range) {
    const [start, , nodeEnd] = existing.value.range;
    const end = start + text.slice(start, nodeEnd).trimEnd().length;
    return { start, end, text: flowText(value) };
  }
  const anchor = pairs.filter((pair) => isScalar(pair.key) && after.includes(String(pair.key.value))).pop() ?? pairs[pairs.length - 1];
  const anchorEnd = anchor?.value?.range ? anchor.value.range[0] + text.slice(anchor.value.range[0], anchor.value.range[2]).trimEnd().length : undefined;
  if (anchorEnd === undefined || !anchor) throw new Error(`${path.join('.')}: an empty mapping`);
  if (map.flow) return { start: anchorEnd, end: anchorEnd, text: `, ${key}: ${flowText(value)}` };
  const keyStart = anchor.key.range![0];
  const indent = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  const lineEnd = text.indexOf('\n', anchorEnd);
  const at = lineEnd < 0 ? text.length : lineEnd + 1;
  return { start: at, end: at, text: `${' '.repeat(indent)}${key}: ${flowText(value)}\n` };
}

/** Applies edits made against one text (none overlapping), last first. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

export const parseSpecDocument = (text: string) => parseDocument(text, { keepSourceTokens: true });
