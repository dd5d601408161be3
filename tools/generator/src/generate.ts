import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFiles } from './emit/GeneratedFiles.js';
import type { KeyedCache } from './cache/KeyedCache.js';
import { loadSpecs } from './load/loadSpecs.js';
import { SpecError, type SpecDiagnostic } from './load/SpecDiagnostic.js';
import { buildModel } from './model/buildModel.js';
import type { MethodModel } from './model/SpecModel.js';
import { validateSpecs } from './validate/validateSpecs.js';

export type Target = 'client' | 'cli' | 'mock' | 'openapi';
export const TARGETS: readonly Target[] = ['client', 'cli', 'mock', 'openapi'];

/** load -> validate -> model. Throws SpecError listing every problem as file:line:col. */
export function loadModel(specsDir: string, cache?: KeyedCache): MethodModel[] {
  const diagnostics: SpecDiagnostic[] = [];
  const schemaFile = join(specsDir, 'spec.schema.json');
  // Parsed files are kept by their text and the schema's: a schema change checks everything again.
  const parsed = cache && { cache, salt: createHash('sha1').update(readFileSync(schemaFile)).digest('hex') };
  const files = loadSpecs(specsDir, diagnostics, process.cwd(), parsed);
  if (diagnostics.length > 0) throw new SpecError(diagnostics);
  const specs = validateSpecs(files, schemaFile, diagnostics);
  if (cache) {
    for (const file of files) file.remember?.();
    cache.save();
  }
  return buildModel(specs);
}

/**
 * -> emit for one target. Each emitter is imported only when its target is asked for: validating
 * specs never loads ts-morph or openapi-typescript, and the CLI and mock tables load neither.
 */
export interface EmitOptions {
  /** Where the client target keeps openapi-typescript's output between runs (see KeyedCache). */
  schemaTypesCacheFile?: string;
}

export async function emitTarget(target: Target, models: MethodModel[], version: string, options: EmitOptions = {}): Promise<GeneratedFiles> {
  switch (target) {
    case 'client': {
      const [{ emitClient }, { KeyedCache }] = await Promise.all([import('./emit/client/emitClient.js'), import('./cache/KeyedCache.js')]);
      const cache = options.schemaTypesCacheFile ? new KeyedCache(options.schemaTypesCacheFile) : undefined;
      const files = await emitClient(models, version, cache);
      cache?.save();
      return files;
    }
    case 'cli':
      return (await import('./emit/emitCli.js')).emitCli(models);
    case 'mock':
      return (await import('./emit/emitMock.js')).emitMock(models);
    case 'openapi': {
      const { buildOpenApiDocument } = await import('./emit/buildOpenApiDocument.js');
      return new Map([['openapi.json', `${JSON.stringify(buildOpenApiDocument(models, version), null, 2)}\n`]]);
    }
  }
}
