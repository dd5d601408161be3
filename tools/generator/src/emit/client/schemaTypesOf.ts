import openapiTS, { astToString } from 'openapi-typescript';
import { Project, SyntaxKind } from 'ts-morph';
import type { MethodModel } from '../../model/SpecModel.js';
import { toOpenApiSchema } from '../../model/toOpenApiSchema.js';

const scratch = new Project({ useInMemoryFileSystem: true });

/**
 * The TypeScript type literal of a method's schemas, produced by openapi-typescript from a
 * one-method OpenAPI document: `{ Arg0: …; Result: …; Item: … }`, with JSDoc from titles and descriptions.
 */
export async function schemaTypesOf(model: MethodModel): Promise<string> {
  const schemas: Record<string, unknown> = {};
  model.spec.args.forEach((arg, i) => {
    schemas[`Arg${i}`] = { ...toOpenApiSchema(arg.schema, { closed: true }), title: arg.title ?? arg.name, ...(arg.description ? { description: arg.description } : {}) };
  });
  if (model.spec.returns) schemas.Result = toOpenApiSchema(model.spec.returns, { closed: false });
  if (model.itemSchema) schemas.Item = toOpenApiSchema(model.itemSchema, { closed: false });
  const ast = await openapiTS(
    { openapi: '3.1.0', info: { title: model.spec.method, version: '0' }, paths: {}, components: { schemas } } as never,
    { alphabetize: false, excludeDeprecated: false },
  );
  const file = scratch.createSourceFile(`${model.spec.method}.ts`, astToString(ast), { overwrite: true });
  const literal = file
    .getInterfaceOrThrow('components')
    .getPropertyOrThrow('schemas')
    .getTypeNodeOrThrow()
    .asKindOrThrow(SyntaxKind.TypeLiteral);
  return literal.getText();
}
