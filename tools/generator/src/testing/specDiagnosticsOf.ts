import { loadModel } from '../generate.js';
import { SpecError } from '../load/SpecDiagnostic.js';
import { specsFolder } from './specFixtures.js';

/** The diagnostics a catalog of the given files (beside the seed specs) gets, as `file:line:col: message` with the file's base name. */
export function specDiagnosticsOf(files: Record<string, string>): string[] {
  try {
    loadModel(specsFolder(files, { withSeeds: true }));
  } catch (error) {
    if (error instanceof SpecError) return error.diagnostics.map((d) => `${d.file.split('/').pop()}:${d.line}:${d.col}: ${d.message}`);
    throw error;
  }
  return [];
}
