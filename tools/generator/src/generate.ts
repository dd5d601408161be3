import { join } from 'node:path';
import { emitCli } from './emit/emitCli.js';
import { emitClient } from './emit/client/emitClient.js';
import { emitMock } from './emit/emitMock.js';
import { buildOpenApiDocument } from './emit/buildOpenApiDocument.js';
import type { GeneratedFiles } from './emit/GeneratedFiles.js';
import { loadSpecs } from './load/loadSpecs.js';
import { SpecError, type SpecDiagnostic } from './load/SpecDiagnostic.js';
import { buildModel } from './model/buildModel.js';
import type { MethodModel } from './model/SpecModel.js';
import { validateSpecs } from './validate/validateSpecs.js';

export type Target = 'client' | 'cli' | 'mock' | 'openapi';

/** load -> validate -> model. Throws SpecError listing every problem as file:line:col. */
export function loadModel(specsDir: string): MethodModel[] {
  const diagnostics: SpecDiagnostic[] = [];
  const files = loadSpecs(specsDir, diagnostics);
  if (diagnostics.length > 0) throw new SpecError(diagnostics);
  return buildModel(validateSpecs(files, join(specsDir, 'spec.schema.json'), diagnostics));
}

/** -> emit for one target. */
export async function emitTarget(target: Target, models: MethodModel[], version: string): Promise<GeneratedFiles> {
  switch (target) {
    case 'client':
      return emitClient(models, version);
    case 'cli':
      return emitCli(models);
    case 'mock':
      return emitMock(models);
    case 'openapi':
      return new Map([['openapi.json', `${JSON.stringify(buildOpenApiDocument(models, version), null, 2)}\n`]]);
  }
}
