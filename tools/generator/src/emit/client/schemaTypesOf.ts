import type { GlobalContext, SchemaObject } from 'openapi-typescript';
import { astToString } from 'openapi-typescript/dist/lib/ts.mjs';
import transformSchemaObject from 'openapi-typescript/dist/transform/schema-object.mjs';
import type { MethodModel } from '../../model/SpecModel.js';
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
export function schemaTypesOf(models: readonly MethodModel[]): Map<string, string> {
  const byMethod = new Map<string, string>();
  for (const model of models) {
    const parts: Record<string, unknown> = {};
    model.spec.args.forEach((arg, i) => {
      const title = arg.title ?? arg.name;
      parts[`Arg${i}`] = { ...toOpenApiSchema(arg.schema, { closed: true }), title, ...(arg.description && arg.description !== title ? { description: arg.description } : {}) };
    });
    if (model.typedReturns) parts.Result = toOpenApiSchema(model.typedReturns, { closed: false });
    // The item type is normally a path into Result (see emitMethodFile); a separate schema only when it is not.
    if (model.itemSchema && !model.itemListPath) parts.Item = toOpenApiSchema(model.itemSchema, { closed: false });
    const schema = { type: 'object', properties: parts, required: Object.keys(parts) };
    const node = transformSchemaObject(schema as SchemaObject, { path: `#/components/schemas/${model.spec.method}`, ctx: context });
    byMethod.set(model.spec.method, twoSpaceIndent(astToString(node).trimEnd()));
  }
  return byMethod;
}

// The TypeScript printer indents by four spaces; generated files use two.
const twoSpaceIndent = (text: string) => text.replace(/^(?: {4})+/gm, (indent) => '  '.repeat(indent.length / 4));
