import type { ArgSpec, Deviation, FieldSchema } from './specTypes.ts';

/**
 * One field of a method as a node of a tree, addressed by its path: `args.params.shop_no` for the
 * request (`args.<argument>` then properties, `[]` for a list's items), `data.order[].trade_no` for
 * the envelope's data. What the conformance check compares of it, in the page's terms.
 */
export interface FieldNode {
  path: string;
  /** The last segment (`trade_no`; `[]` for a list's items). */
  name: string;
  /** The JSON types, sorted (`integer`, `number,string` …); empty when open. */
  type: string;
  required: boolean;
  /** The enum values as text, sorted; undefined without an enum. */
  enum: string | undefined;
  maxLength: number | undefined;
  format: string | undefined;
  /** The Chinese label of each enum value (x-enumLabels). */
  enumLabels: Record<string, string> | undefined;
  title: string | undefined;
  description: string | undefined;
  /** The deviations the spec records on this field (x-deviation); none on the page's side. */
  deviations: Deviation[];
}

const typeText = (schema: FieldSchema) => (schema.type === undefined ? '' : (typeof schema.type === 'string' ? [schema.type] : [...schema.type]).sort().join(','));
const enumText = (schema: FieldSchema) => (schema.enum ? schema.enum.map(String).sort().join(',') : undefined);
/** The field's x-deviation, each with its reason: a kind alone takes the field's x-note ('' without one). */
const deviationsOf = (schema: FieldSchema): Deviation[] => {
  const recorded = schema['x-deviation'];
  const list = recorded === undefined ? [] : Array.isArray(recorded) ? recorded : [recorded];
  return list.map((entry) => (typeof entry === 'string' ? { kind: entry, reason: schema['x-note'] ?? '' } : entry));
};

function addNode(nodes: Map<string, FieldNode>, path: string, name: string, schema: FieldSchema, required: boolean, labels: Pick<FieldSchema, 'title' | 'description'>): void {
  nodes.set(path, {
    path,
    name,
    type: typeText(schema),
    required,
    enum: enumText(schema),
    maxLength: schema.maxLength,
    format: schema.format,
    enumLabels: schema['x-enumLabels'],
    title: labels.title,
    description: labels.description,
    deviations: deviationsOf(schema),
  });
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    addNode(nodes, `${path}.${key}`, key, property, (schema.required ?? []).includes(key), property);
  }
  if (schema.items) addNode(nodes, `${path}[]`, '[]', schema.items, false, schema.items);
  if (typeof schema.additionalProperties === 'object') addNode(nodes, `${path}{}`, '{}', schema.additionalProperties, false, schema.additionalProperties);
}

/** Every request and response field of a method, by path, in document order. */
export function fieldTree(args: readonly ArgSpec[], returns: FieldSchema | null | undefined): Map<string, FieldNode> {
  const nodes = new Map<string, FieldNode>();
  for (const arg of args) addNode(nodes, `args.${arg.name}`, arg.name, arg.schema, arg.required ?? false, arg);
  if (returns) addNode(nodes, 'data', 'data', returns, false, {});
  return nodes;
}
