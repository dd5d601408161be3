import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { writeSyntheticCatalog } from '../syntheticCatalog.mjs';

export const repo = new URL('../../', import.meta.url).pathname;
export const generatorBin = join(repo, 'tools/generator/bin/wdt-generate.mjs');
export const tscBin = join(repo, 'node_modules/typescript/bin/tsc');

/** Runs a command and returns elapsed ms; throws with its output when it fails. */
export function timed(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * A client package built from a synthetic catalog of `count` methods, in `dir`: hand-written client
 * sources plus generated code, compiled to .d.ts (what consumers type-check against) and kept as TS
 * source (what esbuild bundles).
 */
export function buildSyntheticClient(dir, count) {
  const specs = writeSyntheticCatalog(join(dir, 'specs'), count, join(repo, 'specs/spec.schema.json'));
  const pkg = join(dir, 'client');
  mkdirSync(join(pkg, 'node_modules/@wdt-kit'), { recursive: true });
  symlinkSync(join(repo, 'packages/core'), join(pkg, 'node_modules/@wdt-kit/core'));
  cpSync(join(repo, 'packages/client/src'), join(pkg, 'src'), { recursive: true, filter: (src) => !src.includes('/generated') && !src.endsWith('.test.ts') });
  const generateMs = timed(process.execPath, [generatorBin, '--target', 'client', '--no-cache', '--out', join(pkg, 'src/generated'), '--specs', specs]);
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@wdt-kit/client', type: 'module', types: './types/index.d.ts', exports: { '.': { types: './types/index.d.ts', default: './src/index.ts' }, './bare': { types: './types/bare.d.ts', default: './src/bare.ts' }, './methods/*': { types: './types/generated/methods/*.d.ts', default: './src/generated/methods/*.ts' } } }));
  writeFileSync(
    join(pkg, 'tsconfig.json'),
    JSON.stringify({ extends: join(repo, 'tsconfig.base.json'), compilerOptions: { declaration: true, emitDeclarationOnly: true, outDir: 'types', sourceMap: false, declarationMap: false }, include: ['src'] }),
  );
  timed(process.execPath, [tscBin, '-p', pkg]);
  const methods = readdirSync(join(pkg, 'src/generated/methods')).map((f) => f.replace(/\.ts$/, ''));
  return { pkg, specs, methods, generateMs };
}
