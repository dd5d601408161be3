// `build` of every public package: one output file per source file, never a bundle, so
// - a table (the client's methods, the mock's handlers) exists once in the package, not once per entry;
// - an edit to one spec rebuilds in proportion to what it changed;
// - per-method entries and tree-shaking come for free: each module imports exactly what it uses.
//
// Output: dist/**/*.js (ES modules, esbuild: every file, it takes milliseconds) and, for the files that
// changed since the last build (hashes in dist/.sources.json), declarations from TypeScript's
// transpileDeclaration (the sources are written for `isolatedDeclarations`, so no program is built).
// With --cjs also dist/cjs/**: a CommonJS copy (transpileModule; its plain `exports.name = …` is a
// fraction of esbuild's per-file interop preamble) marked by dist/cjs/package.json; the declarations
// live there (so `require` gets types that say CommonJS) and the ES modules' re-export them. No
// source maps are shipped.
// Type errors are the `typecheck` task's business (`npm test`), as with any transpile-only build.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { build, transform } from 'esbuild';

const { values } = parseArgs({
  options: {
    cjs: { type: 'boolean', default: false },
    'no-declarations': { type: 'boolean', default: false },
    // Folders (relative to src/) of modules no public declaration reaches, e.g. the mock's generated
    // handler table: they get no declarations, and their CommonJS copy comes from esbuild, so an
    // edit that touches only them rebuilds without loading TypeScript.
    untyped: { type: 'string', multiple: true, default: [] },
    json: { type: 'string', multiple: true, default: [] },
  },
});
const packageDir = process.cwd();
const src = join(packageDir, 'src');
const dist = join(packageDir, 'dist');

/** Source files that ship: not tests, not test support. */
const isShipped = (file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts') && !file.split('/').includes('testing');
const sources = readdirSync(src, { recursive: true })
  .map((file) => String(file).split('\\').join('/'))
  .filter(isShipped);
// Generated modules are mostly spec data: shipped without indentation (a third of their size).
const isGenerated = (name) => name.startsWith('generated/');

await Promise.all(
  [false, true].map((generated) =>
    build({
      entryPoints: sources.filter((name) => isGenerated(name) === generated).map((name) => join(src, name)),
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
const problems = await transpileChangedFiles();
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\nbuild: ${problems.length} problem(s); declarations need explicit types (isolatedDeclarations)\n`);
  process.exit(1);
}
if (values.cjs) writeIfChanged(join(dist, 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
// JSON documents (the client's openapi.json) ship without indentation.
for (const pair of values.json) {
  const [from, to] = pair.split(':');
  writeIfChanged(join(packageDir, to), `${JSON.stringify(JSON.parse(readFileSync(join(packageDir, from), 'utf8')))}\n`);
}
removeStale();

/** Declarations and CommonJS copies of the sources whose content changed; TypeScript loads only if one needs it. */
async function transpileChangedFiles() {
  const isUntyped = (name) => values.untyped.some((folder) => name.startsWith(folder.endsWith('/') ? folder : `${folder}/`));
  const manifestFile = join(dist, '.sources.json');
  const previous = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  const current = {};
  const problems = [];
  let ts;
  for (const name of sources) {
    const text = readFileSync(join(src, name), 'utf8');
    const hash = createHash('sha1').update(text).digest('hex');
    const declared = !values['no-declarations'] && !isUntyped(name);
    const outputs = [
      ...(declared ? [name.replace(/\.ts$/, '.d.ts')] : []),
      ...(values.cjs ? [`cjs/${name.replace(/\.ts$/, '.js')}`, ...(declared ? [`cjs/${name.replace(/\.ts$/, '.d.ts')}`] : [])] : []),
    ];
    if (previous[name] === hash && outputs.every((out) => existsSync(join(dist, out)))) {
      current[name] = hash;
      continue;
    }
    if (isUntyped(name)) {
      if (values.cjs) {
        const { code } = await transform(text, { loader: 'ts', format: 'cjs', minifyWhitespace: true, charset: 'utf8', target: 'node20' });
        writeIfChanged(join(dist, 'cjs', name.replace(/\.ts$/, '.js')), code);
      }
      current[name] = hash;
      continue;
    }
    // require, not import(): importing the 9 MB CommonJS file as ESM first scans it for its exports.
    ts ??= createRequire(import.meta.url)('typescript');
    const options = { fileName: name, reportDiagnostics: true };
    if (declared) {
      const declaration = ts.transpileDeclaration(text, { ...options, compilerOptions: { module: ts.ModuleKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true } });
      const errors = declaration.diagnostics ?? [];
      problems.push(...errors.map((d) => `src/${name}:${position(ts, d)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`));
      if (errors.length > 0) continue;
      if (values.cjs) {
        // The declarations once, in the CommonJS copy; the ES module's say they are the same. An ES
        // module may import CommonJS (the reverse is an error under node16 resolution), and one set
        // of declarations keeps a class the same type whichever way it was imported (the client had
        // shipped every declaration twice, 1.6 MB of its 5 MB).
        writeIfChanged(join(dist, 'cjs', name.replace(/\.ts$/, '.d.ts')), declaration.outputText);
        writeIfChanged(join(dist, name.replace(/\.ts$/, '.d.ts')), reexportFromCjs(name));
      } else {
        writeIfChanged(join(dist, name.replace(/\.ts$/, '.d.ts')), declaration.outputText);
      }
    }
    if (values.cjs) {
      const { outputText } = ts.transpileModule(text, {
        fileName: name,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, esModuleInterop: true, removeComments: true },
      });
      // The compatibility copy without whitespace: the spec data in generated modules is most of it.
      writeIfChanged(join(dist, 'cjs', name.replace(/\.ts$/, '.js')), (await transform(outputText, { loader: 'js', minifyWhitespace: true, charset: 'utf8' })).code);
    }
    current[name] = hash;
  }
  writeIfChanged(manifestFile, `${JSON.stringify(current)}\n`);
  return problems;
}

/** The ES module's declaration file: everything the CommonJS copy's declares. */
function reexportFromCjs(name) {
  const depth = name.split('/').length - 1;
  return `export * from '${depth ? '../'.repeat(depth) : './'}cjs/${name.replace(/\.ts$/, '.js')}';\n`;
}

function position(ts, diagnostic) {
  if (!diagnostic.file || diagnostic.start === undefined) return '1:1';
  const { line, character } = ts.getLineAndCharacterOfPosition(diagnostic.file, diagnostic.start);
  return `${line + 1}:${character + 1}`;
}

/** Outputs whose source is gone (a removed method) would otherwise ship forever. */
function removeStale() {
  const modules = new Set(sources.map((name) => name.replace(/\.ts$/, '')));
  for (const file of listFiles(dist)) {
    const module = file.replace(/^cjs\//, '').replace(/(\.d)?\.ts$|\.js$/, '');
    if ((file.endsWith('.js') || file.endsWith('.d.ts')) && !modules.has(module)) rmSync(join(dist, file));
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
