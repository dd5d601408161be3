import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeGeneratedFiles } from './emit/writeGeneratedFiles.js';
import { emitTarget, loadModel, TARGETS, type Target } from './generate.js';
import { SpecError } from './load/SpecDiagnostic.js';

const USAGE = `usage: wdt-generate --check [--specs DIR]
       wdt-generate --target all [--specs DIR]        client, CLI and mock, each into its package's src/generated
       wdt-generate --target client|cli|mock|openapi --out DIR [--specs DIR]
`;

/** Where `--target all` writes each target, relative to the repository root. */
const PACKAGE_OUTPUTS: Record<Exclude<Target, 'openapi'>, string> = {
  client: 'packages/client/src/generated',
  cli: 'packages/cli/src/generated',
  mock: 'packages/mock/src/generated',
};

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
    process.stdout.write(USAGE);
    return 0;
  }
  const root = findRepoRoot(process.cwd());
  const specsDir = resolve(values.specs ?? join(root, 'specs'));
  const isAll = values.target === 'all';
  const target = values.target as Target | undefined;
  if (!values.check && !isAll && (!target || !TARGETS.includes(target) || !values.out)) {
    process.stderr.write(`wdt-generate: --check, --target all, or --target (${TARGETS.join('|')}) with --out\n${USAGE}`);
    return 2;
  }
  const models = loadModel(specsDir);
  if (values.check) {
    process.stdout.write(`${models.length} specs are valid\n`);
    return 0;
  }
  const version = JSON.parse(readFileSync(join(root, 'packages/client/package.json'), 'utf8')).version as string;
  const outputs: [Target, string][] = isAll
    ? Object.entries(PACKAGE_OUTPUTS).map(([name, dir]) => [name as Target, join(root, dir)])
    : [[target!, resolve(values.out!)]];
  // Every target is emitted before anything is written: a failing emitter leaves all outputs as they were.
  const emitted = await Promise.all(outputs.map(async ([name, dir]) => ({ name, dir, files: await emitTarget(name, models, version) })));
  for (const { name, dir, files } of emitted) {
    const report = writeGeneratedFiles(dir, files);
    process.stdout.write(`wdt-generate: ${name}: ${models.length} methods, ${files.size} files (${report.written} written, ${report.removed} removed) -> ${dir}\n`);
  }
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
