import type { MethodModel } from '../../model/SpecModel.js';
import { buildOpenApiDocument } from '../buildOpenApiDocument.js';
import type { GeneratedFiles } from '../GeneratedFiles.js';
import { emitMethodFile } from './emitMethodFile.js';
import { emitMethodIndex } from './emitMethodIndex.js';
import { emitTree } from './emitTree.js';
import type { KeyedCache } from '../../cache/KeyedCache.js';
import { schemaTypesOf } from './schemaTypesOf.js';

/** Client target: per-method files, the method tree, the method map and index, and openapi.json. */
export async function emitClient(models: readonly MethodModel[], version: string, cache?: KeyedCache): Promise<GeneratedFiles> {
  const schemaTypes = await schemaTypesOf(models, cache);
  const files: GeneratedFiles = new Map();
  for (const model of models) files.set(`methods/${model.spec.method}.ts`, emitMethodFile(model, schemaTypes.get(model.spec.method)!));
  files.set('tree.ts', emitTree(models));
  for (const [path, text] of emitMethodIndex(models)) files.set(path, text);
  files.set('openapi.json', `${JSON.stringify(buildOpenApiDocument(models, version), null, 2)}\n`);
  return files;
}
