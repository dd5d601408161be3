import type { MethodModel } from '../../model/SpecModel.js';
import type { GeneratedFiles } from '../GeneratedFiles.js';
import { createWriter, fileText, writeDoc, writeImport } from '../typescriptWriter.js';
import { namesOf } from './emitMethodFile.js';

/**
 * `WdtMethodMap` (types of every method by wire name, an interface so lookups stay cheap for tsc),
 * `methodIndex` (run-time metadata by wire name, for `call` and `paginate`) and the package index.
 */
export function emitMethodIndex(models: readonly MethodModel[]): GeneratedFiles {
  const map = createWriter();
  for (const model of models) {
    const names = namesOf(model);
    writeImport(map, { typeOnly: true, from: names.module, names: [names.args, ...(model.spec.returns ? [names.result] : []), ...(model.spec.paged ? [names.item] : [])] });
  }
  map.blankLine();
  writeDoc(map, 'Argument, result and item types of every method, keyed by wire name.');
  map.write('export interface WdtMethodMap').block(() => {
    for (const model of models) {
      const names = namesOf(model);
      const result = model.spec.returns ? names.result : 'void';
      map.writeLine(
        `'${model.spec.method}': ${model.spec.paged ? `{ args: ${names.args}; result: ${result}; item: ${names.item}; paged: true }` : `{ args: ${names.args}; result: ${result}; paged: false }`};`,
      );
    }
  });
  map.blankLine();
  writeDoc(map, 'Params and item types of the paged methods only, so paginate never has to filter the whole catalog.');
  map.write('export interface WdtPagedMethodMap').block(() => {
    for (const model of models.filter((m) => m.spec.paged)) {
      const names = namesOf(model);
      map.writeLine(`'${model.spec.method}': { params: ${names.args}[0]; item: ${names.item} };`);
    }
  });

  const index = createWriter();
  writeImport(index, { typeOnly: true, from: '@wdt-kit/core', names: ['MethodMeta'] });
  for (const model of models) writeImport(index, { from: namesOf(model).module, names: [namesOf(model).meta] });
  index.blankLine();
  writeDoc(index, 'Run-time metadata of every method, by wire name.');
  index.writeLine('export const methodIndex: Readonly<Record<string, MethodMeta>> = {');
  index.indent(() => {
    for (const model of models) index.writeLine(`'${model.spec.method}': ${namesOf(model).meta},`);
  });
  index.writeLine('};');

  const barrel = createWriter();
  for (const model of models) barrel.writeLine(`export * from ${JSON.stringify(namesOf(model).module)};`);
  barrel.writeLine('export type { WdtMethodMap, WdtPagedMethodMap } from "./methodMap.js";');

  return new Map([
    ['methodMap.ts', fileText(map)],
    ['methodIndex.ts', fileText(index)],
    ['index.ts', fileText(barrel)],
  ]);
}
