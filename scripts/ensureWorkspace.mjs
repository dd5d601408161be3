// Makes a fresh clone usable with only Node and npm: the pinned pnpm, dependencies, generated
// code and builds. Every step is skipped or cached when already done, so it is cheap to repeat.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

// What an install depends on: the lockfile and every manifest. When none changed since the last
// install (and pnpm is the one it used), the install is skipped: even an up-to-date `pnpm install`
// costs a second and more, which is most of the maintainer's loop after a spec edit.
const installStamp = join(root, 'node_modules', '.wdt-kit-install.json');
function installInputsHash() {
  const hash = createHash('sha1');
  const manifests = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'test/package.json'];
  for (const folder of ['packages', 'tools']) {
    for (const name of readdirSync(join(root, folder)).sort()) manifests.push(join(folder, name, 'package.json'));
  }
  for (const file of manifests) hash.update(file).update(existsSync(join(root, file)) ? readFileSync(join(root, file)) : '');
  return hash.digest('hex');
}
function readStamp() {
  try {
    return JSON.parse(readFileSync(installStamp, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The pinned pnpm and the dependencies, installed unless nothing they depend on changed; returns the pnpm command. */
export function ensureInstalled() {
  const inputs = installInputsHash();
  const stamp = readStamp();
  if (stamp?.inputs === inputs && stamp.pnpm === pinned && Array.isArray(stamp.command)) {
    console.error('[setup] 1-2/3 pnpm and dependencies: unchanged since the last install');
    return stamp.command;
  }
  const [pnpm, ...prefix] = step(`1/3 finding pnpm@${pinned}`, findPnpm);
  step('2/3 installing dependencies (pnpm install; cached after the first run)', () => run(pnpm, [...prefix, 'install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent']));
  writeFileSync(installStamp, `${JSON.stringify({ inputs, pnpm: pinned, command: [pnpm, ...prefix] })}\n`);
  return [pnpm, ...prefix];
}

/**
 * turbo from node_modules/.bin once installed: `pnpm exec turbo` starts pnpm first, which costs
 * about as much as turbo's whole run over an unchanged tree.
 */
export function turboCommand(pnpmCommand) {
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');
  return existsSync(bin) ? [bin] : [...pnpmCommand, 'exec', 'turbo'];
}

/** Installs dependencies and builds every package (generation is a turbo task that build depends on). */
export function ensureWorkspace(tasks = ['build']) {
  const [pnpm, ...prefix] = ensureInstalled();
  step(`3/3 generating code and running ${tasks.join(' and ')} for every package (turbo; cached after the first run)`, () => {
    const [turbo, ...turboPrefix] = turboCommand([pnpm, ...prefix]);
    run(turbo, [...turboPrefix, 'run', ...tasks, '--output-logs=errors-only']);
  });
  return [pnpm, ...prefix];
}
