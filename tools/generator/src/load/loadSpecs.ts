import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadSpecFile, type LoadedSpecFile, type ParsedSpecCache } from './loadSpecFile.js';
import type { SpecDiagnostic } from './SpecDiagnostic.js';

/** Every `*.yaml` file under the specs folder, sorted, parsed; YAML errors become diagnostics. */
export function loadSpecs(specsDir: string, diagnostics: SpecDiagnostic[], cwd = process.cwd(), parsed?: ParsedSpecCache): LoadedSpecFile[] {
  const files = (readdirSync(specsDir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
  const loaded: LoadedSpecFile[] = [];
  for (const name of files) {
    const spec = loadSpecFile(relative(cwd, join(specsDir, name)) || name, diagnostics, undefined, parsed);
    if (spec) loaded.push(spec);
  }
  return loaded;
}
