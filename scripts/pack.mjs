// `npm run pack`: builds what is not built yet, then packs the five public packages into packs/ as
// wdt-kit-core.tgz, wdt-kit-client.tgz, wdt-kit-rate-limit-redis.tgz, wdt-kit-mock.tgz and wdt-kit-cli.tgz. The names carry no
// version so that the install commands in the README, and a project's package.json that points at
// the tarballs, stay the same from one version to the next.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWorkspace, root } from './ensureWorkspace.mjs';

/**
 * The public packages by folder under packages/, in the order a reader installs them, each with its
 * largest unpacked size in MB (issue 13: what `pnpm add` unpacks; held by test/release/packageSize.test.ts
 * and reported by the bench).
 */
export const UNPACKED_LIMIT_MB = { core: 0.5, client: 5, 'rate-limit-redis': 0.5, mock: 5, cli: 5 };

/** The public packages by folder under packages/, in the order a reader installs them. */
export const PUBLIC_PACKAGES = Object.keys(UNPACKED_LIMIT_MB);

/** Where `npm run pack` writes the tarballs (gitignored). */
export const defaultPackDir = join(root, 'packs');

/** The stable file name of a package's tarball: `@wdt-kit/client` -> `wdt-kit-client.tgz`. */
export function tarballFileName(packageName) {
  return `${packageName.replace(/^@/, '').replace(/\//g, '-')}.tgz`;
}

/**
 * Packs every public package as published (`pnpm pack` rewrites `workspace:^` to real ranges) into
 * outDir, replacing earlier tarballs of the same name. Does not build: run ensureWorkspace() first.
 * @returns {Record<string, string>} package name -> absolute tarball path
 */
export function packPublicPackages({ outDir = defaultPackDir, pnpm = ['pnpm'] } = {}) {
  mkdirSync(outDir, { recursive: true });
  const [command, ...prefix] = pnpm;
  const tarballs = {};
  for (const folder of PUBLIC_PACKAGES) {
    const packageDir = join(root, 'packages', folder);
    const { name } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    const tarball = join(outDir, tarballFileName(name));
    // pnpm pack lists every file it packs (over a thousand for the client): keep it for failures only.
    const result = spawnSync(command, [...prefix, 'pack', '--out', tarball], { cwd: packageDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`pnpm pack failed in packages/${folder} (exit ${result.status}):\n${result.stdout}${result.stderr}`);
    tarballs[name] = tarball;
  }
  return tarballs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pnpm = ensureWorkspace();
  for (const [name, tarball] of Object.entries(packPublicPackages({ pnpm }))) {
    console.log(`${name.padEnd(16)} ${relative(root, tarball)}  (${Math.round(statSync(tarball).size / 1024)} kB)`);
  }
}
