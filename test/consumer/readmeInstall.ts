// The install instructions of the root README.md, read from its marked blocks so that the consumer
// test runs exactly what a reader is told to run: a block is the fenced code right after a line
// `<!-- install:NAME -->`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/repoRoot.js';

export type InstallBlockName = 'registry' | 'pack' | 'pnpm-package-json' | 'pnpm' | 'npm' | 'cli-global';

/** Every marked block of the README, by name, without its fences. */
export function readmeInstallBlocks(readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of readme.matchAll(/^<!-- install:([\w-]+) -->\r?\n```\w*\r?\n([\s\S]*?)^```\s*$/gm)) {
    if (blocks.has(match[1]!)) throw new Error(`README.md marks two blocks install:${match[1]}`);
    blocks.set(match[1]!, match[2]!);
  }
  return blocks;
}

export function installBlock(name: InstallBlockName): string {
  const block = readmeInstallBlocks().get(name);
  if (block === undefined) throw new Error(`README.md has no block marked <!-- install:${name} -->`);
  return block;
}

/** The commands of a shell block: its lines, less blank lines and whole-line comments. */
export function commandLines(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export interface CommandRun {
  command: string;
  stdout: string;
  stderr: string;
}

/**
 * Runs a README shell block line by line, as typed at a prompt in `cwd`, and stops at the first
 * line that fails, naming it. Returns each line's output.
 */
export function runInstallBlock(name: InstallBlockName, cwd: string, env: NodeJS.ProcessEnv): CommandRun[] {
  return commandLines(installBlock(name)).map((command) => {
    const run = spawnSync('sh', ['-c', command], { cwd, env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`README install:${name}: \`${command}\` failed in ${cwd} (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    return { command, stdout: run.stdout, stderr: run.stderr };
  });
}
