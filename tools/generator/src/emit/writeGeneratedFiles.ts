import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { GeneratedFiles } from './GeneratedFiles.js';

export interface WriteReport {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * Makes the output folder hold exactly `files`, touching only what differs: a file whose content is
 * unchanged keeps its bytes and mtime, so the builds after generation (esbuild, tsc --incremental,
 * turbo) redo only the methods whose spec changed. Each write goes to a temp file renamed into place,
 * so a reader never sees half a file; emitting happens in memory before anything is written.
 */
export function writeGeneratedFiles(outDir: string, files: GeneratedFiles): WriteReport {
  const report: WriteReport = { written: 0, unchanged: 0, removed: 0 };
  const existing = new Set(listFiles(outDir));
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = join(outDir, path);
    existing.delete(path);
    if (readIfExists(target) === text) {
      report.unchanged++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.tmp-${process.pid}`;
    writeFileSync(temp, text);
    renameSync(temp, target);
    report.written++;
  }
  for (const stale of existing) {
    rmSync(join(outDir, stale), { force: true });
    removeEmptyParents(outDir, dirname(join(outDir, stale)));
    report.removed++;
  }
  mkdirSync(outDir, { recursive: true });
  return report;
}

function listFiles(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
  } catch {
    return [];
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function removeEmptyParents(root: string, dir: string): void {
  for (let current = dir; current.startsWith(root) && current !== root; current = dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return; // not empty
    }
  }
}
