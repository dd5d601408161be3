import type { LoadedSpecFile } from '../load/loadSpecFile.js';
import { SpecError, type SpecDiagnostic } from '../load/SpecDiagnostic.js';
import type { MethodSpec } from '@wdt-kit/core';
import { checkCatalogNames } from './checkCatalogNames.js';
import { checkMockDeclarations } from './checkMockDeclarations.js';
import { checkSemantics } from './checkSemantics.js';
import { createSchemaValidator } from './validateAgainstSchema.js';

/** Schema check, then semantic checks on the files that passed it; throws with every problem. */
export function validateSpecs(files: LoadedSpecFile[], schemaFile: string, diagnostics: SpecDiagnostic[]): { file: string; spec: MethodSpec }[] {
  // Compiled only when some file was not checked before: ajv's compile is a good part of a run.
  let matchesSchema: ReturnType<typeof createSchemaValidator> | undefined;
  const seen = new Map<string, string>();
  const valid = files.filter(
    (file): file is LoadedSpecFile<MethodSpec> => file.matchedSchemaBefore === true || (matchesSchema ??= createSchemaValidator(schemaFile))(file, diagnostics),
  );
  for (const file of valid) checkSemantics(file, seen, diagnostics);
  checkCatalogNames(valid, diagnostics);
  checkMockDeclarations(valid, diagnostics);
  if (diagnostics.length > 0) throw new SpecError(diagnostics);
  return valid.map((file) => ({ file: file.file, spec: file.data }));
}
