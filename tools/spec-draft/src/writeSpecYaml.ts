import { Document, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import { quoteForYaml11 } from './yaml11Safety.ts';
import { SCHEMA_KEY_ORDER, SPEC_KEY_ORDER, type FieldSchema, type MethodSpec } from './specTypes.ts';

function ordered<T extends object>(value: T, order: readonly string[]): T {
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b))) as T;
}

/** Field schemas with their keys in reading order, recursively. */
function orderSchema(schema: FieldSchema): FieldSchema {
  const result = ordered(schema, SCHEMA_KEY_ORDER as string[]);
  if (result.properties) result.properties = Object.fromEntries(Object.entries(result.properties).map(([key, value]) => [key, orderSchema(value)]));
  if (result.items) result.items = orderSchema(result.items);
  if (typeof result.additionalProperties === 'object') result.additionalProperties = orderSchema(result.additionalProperties);
  return result;
}

const FLOW_LIMIT = 110;

/** A leaf (only scalars, short lists and the enum labels) that reads best on one line. */
function isLeaf(node: Node): boolean {
  // Multi-line text needs a block scalar, which a flow collection cannot hold.
  if (isScalar(node)) return !(typeof node.value === 'string' && node.value.includes('\n'));
  if (isSeq(node)) return node.items.every((item) => isScalar(item));
  if (isMap(node)) return node.items.every((pair) => isLeaf(pair.value as Node));
  return false;
}

/** The YAML text of a spec: schema reference first, keys in the order of the seed specs, leaves on one line. */
export function writeSpecYaml(spec: MethodSpec): string {
  const value = ordered(spec, SPEC_KEY_ORDER as string[]);
  value.args = value.args.map((arg) => ordered({ ...arg, schema: orderSchema(arg.schema) }, ['name', 'title', 'description', 'required', 'schema']));
  if (value.returns) value.returns = orderSchema(value.returns);
  const document = new Document(value);
  visit(document, {
    Map(_, node) {
      if (isLeaf(node) && JSON.stringify(node.toJSON()).length <= FLOW_LIMIT) node.flow = true;
    },
    Seq(_, node) {
      if (isLeaf(node) && JSON.stringify(node.toJSON()).length <= FLOW_LIMIT) node.flow = true;
    },
  });
  quoteForYaml11(document);
  const text = document.toString({ lineWidth: 0, flowCollectionPadding: true });
  return `# yaml-language-server: $schema=./spec.schema.json\n${text}`;
}
