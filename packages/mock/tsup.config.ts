import { defineConfig } from 'tsup';

// Three library entry points (the main one, /msw and /vitest) and the CLI. msw, vitest and yaml
// are optional peer dependencies: tsup leaves peers external, so only the entry that uses one
// imports it.
export default defineConfig({
  entry: ['src/index.ts', 'src/msw.ts', 'src/vitest.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: ['src/index.ts', 'src/msw.ts', 'src/vitest.ts'] },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
