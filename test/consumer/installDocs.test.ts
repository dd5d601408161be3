// What the install instructions promise and what keeps them true without installing anything:
// README.md's marked blocks name the tarballs `npm run pack` writes, where it writes them, and every
// public package; each package's own README says how to install it. consumer.test.ts runs the blocks.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { defaultPackDir, PUBLIC_PACKAGES, tarballFileName } from '../../scripts/pack.mjs';
import { repoRoot } from '../support/repoRoot.js';
import { commandLines, installBlock, readmeInstallBlocks } from './readmeInstall.js';

const readJson = (path: string) => JSON.parse(readFileSync(join(repoRoot, path), 'utf8'));
const publicPackages = (PUBLIC_PACKAGES as string[]).map((folder) => ({ folder, ...(readJson(`packages/${folder}/package.json`) as { name: string; homepage: string }) }));
const withoutComment = (line: string) => line.replace(/\s+#.*$/, '');
const tarballsNamedIn = (block: string) => [...block.matchAll(/(\S+)\.tgz\b/g)].map((match) => `${match[1]}.tgz`);

describe('the README install blocks', () => {
  it('are all there, each marked once', () => {
    expect([...readmeInstallBlocks().keys()].sort()).toEqual(['cli-global', 'npm', 'pack', 'pnpm', 'pnpm-package-json', 'registry']);
  });

  it('pack with `npm run pack`, the root script that runs scripts/pack.mjs', () => {
    expect(commandLines(installBlock('pack')).map(withoutComment)).toEqual(['npm run pack']);
    expect(readJson('package.json').scripts.pack).toBe('node scripts/pack.mjs');
    expect(defaultPackDir).toBe(join(repoRoot, 'packs'));
  });

  it('cover exactly the public packages, by the stable names `npm run pack` gives their tarballs', () => {
    const notPrivate = readdirSync(join(repoRoot, 'packages')).filter((folder) => !readJson(`packages/${folder}/package.json`).private);
    expect([...(PUBLIC_PACKAGES as string[])].sort()).toEqual(notPrivate.sort());
    const everyTarball = publicPackages.map((p) => tarballFileName(p.name)).sort();
    expect(everyTarball).toEqual(['wdt-kit-cli.tgz', 'wdt-kit-client.tgz', 'wdt-kit-core.tgz', 'wdt-kit-mock.tgz', 'wdt-kit-rate-limit-redis.tgz']);
    for (const file of everyTarball) expect(installBlock('pack'), 'the pack line says what it writes').toContain(file);
    // A project beside the checkout reaches the tarballs as ../wdt-kit/packs; the global install runs in the checkout.
    for (const [block, folder] of [['pnpm', '../wdt-kit/packs/'], ['npm', '../wdt-kit/packs/'], ['cli-global', './packs/']] as const) {
      expect(tarballsNamedIn(installBlock(block)).sort(), block).toEqual(everyTarball.map((file) => folder + file));
    }
  });

  it('give pnpm an override to the tarball for every public package', () => {
    const { pnpm } = JSON.parse(installBlock('pnpm-package-json'));
    expect(pnpm.overrides).toEqual(Object.fromEntries(publicPackages.map((p) => [p.name, `file:../wdt-kit/packs/${tarballFileName(p.name)}`])));
  });

  it('install from the registry by the packages\' published names', () => {
    expect(commandLines(installBlock('registry')).map(withoutComment)).toEqual(['pnpm add @wdt-kit/client', 'pnpm add -D @wdt-kit/mock', 'pnpm add -g @wdt-kit/cli']);
  });

  it('send the tarballs to a folder git ignores', () => {
    const ignored = spawnSync('git', ['check-ignore', '-q', join(defaultPackDir, tarballFileName('@wdt-kit/client'))], { cwd: repoRoot });
    expect(ignored.status).toBe(0);
  });
});

describe.each(publicPackages.map((p) => [p.name, p] as const))('%s README', (name, { folder, homepage }) => {
  const readmePath = join(repoRoot, 'packages', folder, 'README.md');
  const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';

  it('starts with the package name and says what it is', () => {
    expect(readme.split('\n')[0]).toBe(`# ${name}`);
    expect(readme.split('\n\n')[1]?.length).toBeGreaterThan(40);
  });

  it('shows how to install it from the registry and links to the main README for installing before a release', () => {
    expect(readme).toMatch(new RegExp(`^pnpm add (-D |-g )?${name}\\b`, 'm'));
    // An absolute link: the README is also shown on the registry's page, away from the repository.
    expect(homepage).toMatch(/#readme$/);
    expect(readme).toContain(homepage.replace(/#readme$/, '#install'));
  });

  it('shows a first example in a code block', () => {
    expect(readme).toMatch(/```(ts|sh)\n/);
  });
});
