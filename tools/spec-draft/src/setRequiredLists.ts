import { isCollection, isMap, isScalar, parse, parseDocument, type Node, type Pair } from 'yaml';
import { readsDifferentlyInYaml11 } from './yaml11Safety.ts';

/** One object of a spec that gets a `required` list: its path in the YAML document and the names. */
export interface RequiredList {
  /** e.g. ['returns', 'properties', 'order', 'items']. */
  path: (string | number)[];
  names: string[];
}

// A field name as a plain YAML scalar, quoted where plain would read as something else (`null`, `true`, `1e3`).
// (`no`, `yes` and dates are quoted too: YAML 1.1 readers take them for booleans and timestamps).
const scalarText = (name: string) => (parse(name) === name && !readsDifferentlyInYaml11(name, name) && !/[,[\]{}#:]/.test(name) ? name : JSON.stringify(name));
const flowList = (names: readonly string[]) => `[${names.map(scalarText).join(', ')}]`;

/**
 * Adds `names` to the `required` list of each object at `path` (existing names first, then new ones
 * in the order given), by editing the text: a new `required: [...]` goes right before the object's
 * `properties` key, an existing list is rewritten in place. Everything else in the file, comments and
 * layout included, stays byte for byte; an object that already lists every name is left alone, so a
 * second run changes nothing.
 */
export function setRequiredLists(text: string, lists: readonly RequiredList[]): string {
  const doc = parseDocument(text);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { path, names } of lists) {
    const object = doc.getIn(path, true);
    if (!isMap(object)) throw new Error(`${path.join('.')}: not a mapping`);
    const pairs = object.items as Pair<Node, Node>[];
    const keyed = (key: string) => pairs.find((pair) => isScalar(pair.key) && pair.key.value === key);
    const existingPair = keyed('required');
    const existing = (existingPair?.value?.toJSON() as string[] | undefined) ?? [];
    const added = names.filter((name) => !existing.includes(name));
    if (added.length === 0) continue;
    if (existingPair?.value?.range) {
      const [valueStart, rangeEnd] = existingPair.value.range;
      // A block list starts on the next line (it is replaced from the key's colon on) and its range
      // runs on into the line break after it, which stays.
      const block = isCollection(existingPair.value) && !existingPair.value.flow;
      const start = block ? text.indexOf(':', existingPair.key.range![1]) + 1 : valueStart;
      const end = valueStart + text.slice(valueStart, rangeEnd).trimEnd().length;
      edits.push({ start, end, text: `${block ? ' ' : ''}${flowList([...existing, ...added])}` });
      continue;
    }
    const properties = keyed('properties');
    const at = properties?.key.range?.[0];
    if (at === undefined) throw new Error(`${path.join('.')}: no properties key to put required before`);
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    // In a block mapping the list gets its own line at the key's indentation; in a flow mapping it is one more entry.
    const insertion = object.flow ? `required: ${flowList(added)}, ` : `required: ${flowList(added)}\n${' '.repeat(at - lineStart)}`;
    edits.push({ start: at, end: at, text: insertion });
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
