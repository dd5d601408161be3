import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFiles } from './GeneratedFiles.js';

/**
 * Replaces the output folder as a whole: files go to a sibling temp folder first and are swapped in
 * at the end, so a failure never leaves a half-written or stale mix behind.
 */
export function writeGeneratedFiles(outDir: string, files: GeneratedFiles): void {
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = join(staging, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  mkdirSync(staging, { recursive: true });
  const old = `${outDir}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(outDir, old);
  } catch {
    // first generation: nothing to move aside
  }
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}
