import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeGeneratedFiles } from './emit/writeGeneratedFiles.js';
import { emitTarget, loadModel, type Target } from './generate.js';
import { SpecError } from './load/SpecDiagnostic.js';

const TARGETS: Target[] = ['client', 'cli', 'mock', 'openapi'];

function findRepoRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      target: { type: 'string' },
      out: { type: 'string' },
      specs: { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write('usage: wdt-generate --target client|cli|mock|openapi --out DIR [--specs DIR] | --check [--specs DIR]\n');
    return 0;
  }
  const root = findRepoRoot(process.cwd());
  const specsDir = resolve(values.specs ?? join(root, 'specs'));
  const models = loadModel(specsDir);
  if (values.check) {
    process.stdout.write(`${models.length} specs are valid\n`);
    return 0;
  }
  const target = values.target as Target | undefined;
  if (!target || !TARGETS.includes(target) || !values.out) {
    process.stderr.write(`wdt-generate: --target (${TARGETS.join('|')}) and --out are required\n`);
    return 2;
  }
  const version = JSON.parse(readFileSync(join(root, 'packages/client/package.json'), 'utf8')).version as string;
  const files = await emitTarget(target, models, version);
  writeGeneratedFiles(resolve(values.out), files);
  process.stdout.write(`wdt-generate: ${target}: ${models.length} methods, ${files.size} files -> ${values.out}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SpecError) {
      process.stderr.write(`${error.message}\nwdt-generate: ${error.diagnostics.length} problem(s) in specs; nothing was written\n`);
    } else {
      process.stderr.write(`wdt-generate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  },
);
