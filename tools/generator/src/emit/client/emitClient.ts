import { Project } from 'ts-morph';
import type { MethodModel } from '../../model/SpecModel.js';
import { buildOpenApiDocument } from '../buildOpenApiDocument.js';
import type { GeneratedFiles } from '../GeneratedFiles.js';
import { GENERATED_HEADER } from '../generatedHeader.js';
import { emitMethodFile } from './emitMethodFile.js';
import { emitMethodIndex } from './emitMethodIndex.js';
import { emitTree } from './emitTree.js';
import { schemaTypesOf } from './schemaTypesOf.js';

/** Client target: per-method files, the method tree, the method map and index, and openapi.json. */
export async function emitClient(models: MethodModel[], version: string): Promise<GeneratedFiles> {
  const project = new Project({ useInMemoryFileSystem: true });
  for (const model of models) emitMethodFile(project, model, await schemaTypesOf(model));
  emitTree(project, models);
  emitMethodIndex(project, models);
  const files: GeneratedFiles = new Map();
  for (const file of project.getSourceFiles()) {
    file.formatText({ indentSize: 2, convertTabsToSpaces: true });
    files.set(file.getFilePath().replace(/^\//, ''), GENERATED_HEADER + file.getFullText());
  }
  files.set('openapi.json', `${JSON.stringify(buildOpenApiDocument(models, version), null, 2)}\n`);
  return files;
}
