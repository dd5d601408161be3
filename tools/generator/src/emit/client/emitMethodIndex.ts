import { VariableDeclarationKind, type Project } from 'ts-morph';
import type { MethodModel } from '../../model/SpecModel.js';
import { namesOf } from './emitMethodFile.js';

/**
 * `WdtMethodMap` (types of every method by wire name, an interface so lookups stay cheap for tsc),
 * `methodIndex` (run-time metadata by wire name, for `call` and `paginate`) and the package index.
 */
export function emitMethodIndex(project: Project, models: MethodModel[]): void {
  const map = project.createSourceFile('methodMap.ts', '', { overwrite: true });
  map.addImportDeclarations(
    models.map((model) => {
      const names = namesOf(model);
      return { isTypeOnly: true, moduleSpecifier: names.module, namedImports: [names.args, ...(model.spec.returns ? [names.result] : []), ...(model.spec.paged ? [names.item] : [])] };
    }),
  );
  map.addInterface({
    name: 'WdtMethodMap',
    isExported: true,
    docs: ['Argument, result and item types of every method, keyed by wire name.'],
    properties: models.map((model) => {
      const names = namesOf(model);
      const result = model.spec.returns ? names.result : 'void';
      return {
        name: `'${model.spec.method}'`,
        type: model.spec.paged ? `{ args: ${names.args}; result: ${result}; item: ${names.item}; paged: true }` : `{ args: ${names.args}; result: ${result}; paged: false }`,
      };
    }),
  });

  map.addInterface({
    name: 'WdtPagedMethodMap',
    isExported: true,
    docs: ['Params and item types of the paged methods only, so paginate never has to filter the whole catalog.'],
    properties: models
      .filter((model) => model.spec.paged)
      .map((model) => {
        const names = namesOf(model);
        return { name: `'${model.spec.method}'`, type: `{ params: ${names.args}[0]; item: ${names.item} }` };
      }),
  });

  const index = project.createSourceFile('methodIndex.ts', '', { overwrite: true });
  index.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: '@wdt-kit/core', namedImports: ['MethodMeta'] });
  index.addImportDeclarations(models.map((model) => ({ moduleSpecifier: namesOf(model).module, namedImports: [namesOf(model).meta] })));
  index.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: 'methodIndex', type: 'Readonly<Record<string, MethodMeta>>', initializer: `{\n${models.map((m) => `  '${m.spec.method}': ${namesOf(m).meta},`).join('\n')}\n}` }],
    docs: ['Run-time metadata of every method, by wire name.'],
  });

  const barrel = project.createSourceFile('index.ts', '', { overwrite: true });
  barrel.addExportDeclarations(models.map((model) => ({ moduleSpecifier: namesOf(model).module })));
  barrel.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './methodMap.js', namedExports: ['WdtMethodMap', 'WdtPagedMethodMap'] });
}
