// Fails when a public package changed since the base revision without a changeset that names it.
// Usage: node scripts/checkChangesets.mjs [base-ref]   (default: the merge base with origin/main, else HEAD~1)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { announcedPackages, packagesMissingChangesets } from './changesetCoverage.mjs';
import { root } from './ensureWorkspace.mjs';

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

function baseRef() {
  if (process.argv[2]) return process.argv[2];
  try {
    return git('merge-base', 'HEAD', 'origin/main');
  } catch {
    return 'HEAD~1';
  }
}

const packages = readdirSync(join(root, 'packages')).map((dir) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  return { dir: `packages/${dir}/`, name: manifest.name, isPublic: !manifest.private, generatedFromSpecs: Boolean(manifest.scripts?.generate) };
});
const changesetDir = join(root, '.changeset');
const texts = existsSync(changesetDir) ? readdirSync(changesetDir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => readFileSync(join(changesetDir, f), 'utf8')) : [];

const base = baseRef();
const changed = git('diff', '--name-only', base, '--', 'packages', 'specs').split('\n').filter(Boolean);
const missing = packagesMissingChangesets(changed, announcedPackages(texts), packages);
if (missing.length > 0) {
  console.error(`changesets: these packages changed since ${base.slice(0, 12)} but no changeset names them: ${missing.join(', ')}`);
  console.error('Add .changeset/<name>.md with a front matter line per package, e.g.  "@wdt-kit/client": patch');
  process.exit(1);
}
console.log(`changesets: every changed public package since ${base.slice(0, 12)} has a changeset`);
