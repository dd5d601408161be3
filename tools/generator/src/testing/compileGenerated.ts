// Test support: generates every target from a specs folder into scratch copies of the packages'
// hand-written sources and type-checks the result with strict tsc, as the real build would see it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGeneratedFiles } from '../emit/writeGeneratedFiles.js';
import { emitTarget, loadModel } from '../generate.js';
import { scratchFolder } from './specFixtures.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

/** The hand-written files each target's generated code imports. */
const HAND_WRITTEN: Record<'client' | 'cli' | 'mock', (path: string) => boolean> = {
  client: (path) => !path.includes('/generated') && !path.endsWith('.test.ts'),
  cli: (path) => path.endsWith('/src') || path.endsWith('CommandSpec.ts'),
  mock: (path) => path.endsWith('/src') || path.endsWith('MockMethodSpec.ts'),
};

export interface CompiledCatalog {
  /** The scratch folder: client/src, cli/src and mock/src, each with its generated/ folder. */
  dir: string;
  /** tsc's output (empty when everything type-checks). */
  diagnostics: string;
}

/** Generates client, CLI and mock from `specsDir`, adds `extraFiles` (path -> text), runs `tsc --strict`. */
export async function compileGenerated(specsDir: string, extraFiles: Record<string, string> = {}): Promise<CompiledCatalog> {
  const dir = scratchFolder('compiled-');
  const models = loadModel(specsDir);
  for (const target of ['client', 'cli', 'mock'] as const) {
    cpSync(join(repoRoot, 'packages', target, 'src'), join(dir, target, 'src'), { recursive: true, filter: HAND_WRITTEN[target] });
    writeGeneratedFiles(join(dir, target, 'src/generated'), await emitTarget(target, models, '0.0.0'));
  }
  mkdirSync(join(dir, 'node_modules/@wdt-kit'), { recursive: true });
  symlinkSync(join(repoRoot, 'packages/core'), join(dir, 'node_modules/@wdt-kit/core'));
  for (const [path, text] of Object.entries(extraFiles)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: join(repoRoot, 'tsconfig.base.json'), compilerOptions: { noEmit: true, strict: true, types: [] }, include: ['client/src', 'cli/src', 'mock/src', ...Object.keys(extraFiles)] }),
  );
  const run = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
  return { dir, diagnostics: `${run.stdout}${run.stderr}`.trim() };
}
