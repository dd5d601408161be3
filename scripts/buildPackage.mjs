// `build` of every public package: one output file per source file, never a bundle, so
// - a table (the client's methods, the mock's handlers) exists once in the package, not once per entry;
// - an edit to one spec rebuilds in proportion to what it changed: esbuild re-transpiles (fast, and it
//   leaves unchanged outputs untouched), and `tsc --incremental` re-checks only the changed files;
// - per-method entries and tree-shaking come for free: each module imports exactly what it uses.
//
// Output: dist/**/*.js (ESM, esbuild) and dist/**/*.d.ts (tsc); with --cjs also dist/cjs/**/*.js
// (CommonJS, marked by dist/cjs/package.json) with a copy of the declarations, so `require` gets types
// that say CommonJS. The CommonJS files come from TypeScript's transpileModule, whose plain
// `exports.name = …` is a fraction of esbuild's per-file interop preamble (≈ 0.9 KB times 400 files).
// No source maps are shipped: the JavaScript is the TypeScript without its types, one file per module.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { build, transform } from 'esbuild';

const { values } = parseArgs({ options: { cjs: { type: 'boolean', default: false }, json: { type: 'string', multiple: true, default: [] } } });
const packageDir = process.cwd();
const src = join(packageDir, 'src');
const dist = join(packageDir, 'dist');

/** Source files that ship: not tests, not test support. */
const isShipped = (file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts') && !file.split('/').includes('testing');
const entryPoints = readdirSync(src, { recursive: true })
  .map((file) => String(file).split('\\').join('/'))
  .filter(isShipped)
  .map((file) => join(src, file));

// Generated modules are mostly spec data: shipped without indentation (a third of their size).
// Hand-written modules stay readable.
const isGenerated = (file) => relative(src, file).split('\\').join('/').startsWith('generated/');
await Promise.all(
  [false, true].map((generated) =>
    build({
      entryPoints: entryPoints.filter((file) => isGenerated(file) === generated),
      outdir: dist,
      outbase: src,
      format: 'esm',
      bundle: false,
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
      charset: 'utf8',
      minifyWhitespace: generated,
    }),
  ),
);
if (values.cjs) {
  await transpileCommonJs();
  writeIfChanged(join(dist, 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
}

// Declarations (and the type-check of what ships) from the package's own tsc, incrementally: its build
// info sits in dist/ so that it is replayed and removed together with the outputs it describes.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const tsconfig = join(packageDir, 'tsconfig.build.json');
const checked = spawnSync(process.execPath, [tsc, '-p', tsconfig], { cwd: packageDir, stdio: 'inherit' });
if (checked.status !== 0) process.exit(checked.status ?? 1);

if (values.cjs) {
  for (const file of listFiles(dist).filter((f) => f.endsWith('.d.ts') && !f.startsWith('cjs/'))) copyIfChanged(join(dist, file), join(dist, 'cjs', file));
}
// JSON documents (the client's openapi.json) ship without indentation.
for (const pair of values.json) {
  const [from, to] = pair.split(':');
  writeIfChanged(join(packageDir, to), `${JSON.stringify(JSON.parse(readFileSync(join(packageDir, from), 'utf8')))}\n`);
}
removeStale();

/**
 * CommonJS copies of the sources that changed since the last build (their hashes are kept in
 * dist/cjs/.sources.json): TypeScript is loaded only when there is something to transpile.
 */
async function transpileCommonJs() {
  const manifestFile = join(dist, 'cjs', '.sources.json');
  const previous = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  const current = {};
  let ts;
  for (const file of entryPoints) {
    const name = relative(src, file).split('\\').join('/');
    const text = readFileSync(file, 'utf8');
    const hash = createHash('sha1').update(text).digest('hex');
    current[name] = hash;
    const out = join(dist, 'cjs', name.replace(/\.ts$/, '.js'));
    if (previous[name] === hash && existsSync(out)) continue;
    ts ??= (await import('typescript')).default;
    const { outputText } = ts.transpileModule(text, {
      fileName: name,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, esModuleInterop: true, removeComments: isGenerated(file) },
    });
    // Whitespace out of the compatibility copy: the spec data in generated modules is most of it.
    writeIfChanged(out, (await transform(outputText, { loader: 'js', minifyWhitespace: true, charset: 'utf8' })).code);
  }
  writeIfChanged(manifestFile, `${JSON.stringify(current)}\n`);
}

/** Outputs whose source is gone (a removed method) would otherwise ship forever. */
function removeStale() {
  const sources = new Set(entryPoints.map((file) => relative(src, file).replace(/\.ts$/, '')));
  for (const file of listFiles(dist)) {
    const module = file.replace(/^cjs\//, '').replace(/(\.d)?\.ts$|\.js$/, '');
    if ((file.endsWith('.js') || file.endsWith('.d.ts')) && !sources.has(module)) rmSync(join(dist, file));
  }
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((file) => String(file).split('\\').join('/'))
    .filter((file) => statSync(join(dir, file)).isFile());
}

function writeIfChanged(file, text) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function copyIfChanged(from, to) {
  if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) return;
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
