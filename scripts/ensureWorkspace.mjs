// Makes a fresh clone usable with only Node and npm: the pinned pnpm, dependencies, generated
// code and builds. Every step is skipped or cached when already done, so it is cheap to repeat.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.replace(/^pnpm@/, '');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
  return result;
}

const versionOf = (command, args) => {
  const result = spawnSync(command, [...args, '--version'], { cwd: root, encoding: 'utf8', env });
  return result.status === 0 ? result.stdout.trim() : undefined;
};

/** The command that runs the pinned pnpm: installed globally if it can be, else through npx. */
export function findPnpm() {
  if (versionOf('pnpm', []) === pinned) return ['pnpm'];
  console.error(`[setup] installing pnpm@${pinned}`);
  const installed = spawnSync('npm', ['install', '--global', `pnpm@${pinned}`], { stdio: 'inherit', env });
  if (installed.status === 0 && versionOf('pnpm', []) === pinned) return ['pnpm'];
  console.error(`[setup] global install not possible here; using npx pnpm@${pinned}`);
  return ['npx', '-y', `pnpm@${pinned}`];
}

/**
 * One setup step with a line before and after on stderr: a first run installs and builds for
 * minutes, and used to be silent all that time.
 */
export function step(label, action) {
  const started = Date.now();
  console.error(`[setup] ${label} ...`);
  const result = action();
  console.error(`[setup] ${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Installs dependencies and builds every package (generation is a turbo task that build depends on). */
export function ensureWorkspace(tasks = ['build']) {
  const [pnpm, ...prefix] = step(`1/3 finding pnpm@${pinned}`, findPnpm);
  step('2/3 installing dependencies (pnpm install; cached after the first run)', () => run(pnpm, [...prefix, 'install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent']));
  step(`3/3 generating code and running ${tasks.join(' and ')} for every package (turbo; cached after the first run)`, () => run(pnpm, [...prefix, 'exec', 'turbo', 'run', ...tasks, '--output-logs=errors-only']));
  return [pnpm, ...prefix];
}
