import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { KeyedCache } from './cache/KeyedCache.js';
import { writeGeneratedFiles } from './emit/writeGeneratedFiles.js';
import { emitTarget, loadModel, TARGETS, type Target } from './generate.js';
import { SpecError } from './load/SpecDiagnostic.js';

const USAGE = `usage: wdt-generate --check [--specs DIR]
       wdt-generate --target all [--specs DIR]        client, CLI and mock, each into its package's src/generated
       wdt-generate --target all --out DIR [--specs DIR]   the same into DIR/client, DIR/cli, DIR/mock
       --no-cache: parse every spec and compute every type again (results are kept in node_modules/.cache/wdt-generate)
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

export interface GenerateIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Where the repository root is looked for (default: the process's working directory). */
  cwd?: string;
}

/**
 * `wdt-generate` as a function: the binary (src/cli.ts) is this plus process wiring, so tests run every
 * case in process and spawn the real binary only to check that wiring.
 */
export async function runWdtGenerate(args: readonly string[], io: GenerateIo): Promise<number> {
  try {
    return await generateFromArgs(args, io);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    io.stderr(`${error.message}\nwdt-generate: ${error.diagnostics.length} problem(s) in specs; nothing was written\n`);
    return 1;
  }
}

async function generateFromArgs(args: readonly string[], io: GenerateIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      target: { type: 'string' },
      out: { type: 'string' },
      specs: { type: 'string' },
      check: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const root = findRepoRoot(io.cwd ?? process.cwd());
  const specsDir = resolve(values.specs ?? join(root, 'specs'));
  const isAll = values.target === 'all';
  const target = values.target as Target | undefined;
  if (!values.check && !isAll && (!target || !TARGETS.includes(target) || !values.out)) {
    io.stderr(`wdt-generate: --check, --target all, or --target (${TARGETS.join('|')}) with --out\n${USAGE}`);
    return 2;
  }
  // Results of the slow steps are kept between runs unless --no-cache (see KeyedCache).
  const cacheDir = join(root, 'node_modules/.cache/wdt-generate');
  const cache = !values['no-cache'];
  const models = loadModel(specsDir, cache ? new KeyedCache(join(cacheDir, `specs-${createHash('sha1').update(specsDir).digest('hex').slice(0, 8)}.json`)) : undefined);
  if (values.check) {
    io.stdout(`${models.length} specs are valid\n`);
    return 0;
  }
  const version = JSON.parse(readFileSync(join(root, 'packages/client/package.json'), 'utf8')).version as string;
  const outputs: [Target, string][] = isAll
    ? Object.entries(PACKAGE_OUTPUTS).map(([name, dir]) => [name as Target, values.out ? join(resolve(values.out), name) : join(root, dir)])
    : [[target!, resolve(values.out!)]];
  // Every target is emitted before anything is written: a failing emitter leaves all outputs as they were.
  const cacheOptions = cache ? { schemaTypesCacheFile: join(cacheDir, 'schema-types.json') } : {};
  const emitted = await Promise.all(outputs.map(async ([name, dir]) => ({ name, dir, files: await emitTarget(name, models, version, cacheOptions) })));
  for (const { name, dir, files } of emitted) {
    const report = writeGeneratedFiles(dir, files);
    io.stdout(`wdt-generate: ${name}: ${models.length} methods, ${files.size} files (${report.written} written, ${report.removed} removed) -> ${dir}\n`);
  }
  return 0;
}

