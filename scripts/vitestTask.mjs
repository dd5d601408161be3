// A turbo test task: runs one vitest project (vitest.config.ts) over the tests of the package turbo
// runs it in, and writes the JSON report to that package's .vitest/<project>.json, which turbo keeps
// as the task's output so a cache replay restores it (scripts/test.mjs sums the reports).
// Usage, as a package script: node <root>/scripts/vitestTask.mjs <project>
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const project = process.argv[2];
if (!project) {
  console.error('usage: node scripts/vitestTask.mjs <project> (unit, e2e or pack)');
  process.exit(64);
}
const vitest = join(dirname(createRequire(join(root, 'package.json')).resolve('vitest/package.json')), 'vitest.mjs');
// The package's folder as a filter keeps the run to its own files (`packages/cli/` is not `packages/client/`).
const packageDir = `${relative(root, process.cwd()).split('\\').join('/')}/`;
const report = join(process.cwd(), '.vitest', `${project}.json`);
const args = ['run', '--root', root, '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, packageDir];
const child = spawn(process.execPath, [vitest, ...args], { stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
