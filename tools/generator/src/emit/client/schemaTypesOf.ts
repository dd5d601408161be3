import { createHash } from 'node:crypto';
import type { GlobalContext, SchemaObject } from 'openapi-typescript';
import type { MethodModel } from '../../model/SpecModel.js';
import type { KeyedCache } from '../../cache/KeyedCache.js';
import { toOpenApiSchema } from '../../model/toOpenApiSchema.js';

/**
 * openapi-typescript's schema transform with its context built here. Its default export first lints
 * and bundles the document with Redocly (about a second, for documents we build ourselves, without
 * `$ref`s); the transform is the part that turns a schema into types. Options as documented.
 */
const context: GlobalContext = {
  additionalProperties: false,
  alphabetize: false,
  arrayLength: false,
  // An optional field stays optional whatever its documented default: the server fills it in, the caller need not.
  defaultNonNullable: false,
  discriminators: { objects: {}, refsHandled: [] },
  emptyObjectsUnknown: false,
  enum: false,
  enumValues: false,
  conditionalEnums: false,
  dedupeEnums: false,
  excludeDeprecated: false,
  exportType: false,
  immutable: false,
  rootTypes: false,
  rootTypesNoSchemaPrefix: false,
  rootTypesKeepCasing: false,
  injectFooter: [],
  pathParamsAsTypes: false,
  postTransform: undefined,
  propertiesRequiredByDefault: false,
  // Only the bundling step reads the Redocly config, and it does not run here.
  redoc: undefined as unknown as GlobalContext['redoc'],
  silent: true,
  inject: undefined,
  transform: undefined,
  transformProperty: undefined,
  makePathsEnum: false,
  generatePathParams: false,
  readWriteMarkers: false,
  resolve($ref: string): never {
    throw new Error(`specs have no $ref (found ${$ref})`);
  },
};

/**
 * The TypeScript type literal of every method's schemas, `{ Arg0: …; Result: …; Item: … }` with JSDoc
 * from titles and descriptions, by wire name: one object schema per method whose properties are its
 * parts, so each part's title and description become that property's JSDoc.
 */
export async function schemaTypesOf(models: readonly MethodModel[], cache?: KeyedCache): Promise<Map<string, string>> {
  const byMethod = new Map<string, string>();
  let transform: ((schema: object, method: string) => string) | undefined;
  for (const model of models) {
    const schema = partsSchemaOf(model);
    // What the types depend on, as a key: an edit that leaves a method's schemas alone (a title, a
    // note) reuses them, and when no method's schemas changed TypeScript is not even loaded.
    const key = createHash('sha1').update(`${TRANSFORM_VERSION}\0${model.spec.method}\0${JSON.stringify(schema)}`).digest('hex');
    let types = cache?.get(key);
    if (types === undefined) {
      transform ??= await loadTransform();
      types = transform(schema, model.spec.method);
      cache?.set(key, types);
    }
    byMethod.set(model.spec.method, types);
  }
  return byMethod;
}

/** Bumped when the transform's options or post-processing change, so cached types are not reused. */
const TRANSFORM_VERSION = 1;

function partsSchemaOf(model: MethodModel): object {
  const parts: Record<string, unknown> = {};
  model.spec.args.forEach((arg, i) => {
    const title = arg.title ?? arg.name;
    parts[`Arg${i}`] = { ...toOpenApiSchema(arg.schema, { closed: true }), title, ...(arg.description && arg.description !== title ? { description: arg.description } : {}) };
  });
  if (model.typedReturns) parts.Result = toOpenApiSchema(model.typedReturns, { closed: false });
  // The item type is normally a path into Result (see emitMethodFile); a separate schema only when it is not.
  if (model.itemSchema && !model.itemListPath) parts.Item = toOpenApiSchema(model.itemSchema, { closed: false });
  return { type: 'object', properties: parts, required: Object.keys(parts) };
}

async function loadTransform(): Promise<(schema: object, method: string) => string> {
  const [{ astToString }, { default: transformSchemaObject }] = await Promise.all([
    import('openapi-typescript/dist/lib/ts.mjs'),
    import('openapi-typescript/dist/transform/schema-object.mjs'),
  ]);
  return (schema, method) => twoSpaceIndent(astToString(transformSchemaObject(schema as SchemaObject, { path: `#/components/schemas/${method}`, ctx: context })).trimEnd());
}

// The TypeScript printer indents by four spaces; generated files use two.
const twoSpaceIndent = (text: string) => text.replace(/^(?: {4})+/gm, (indent) => '  '.repeat(indent.length / 4));
