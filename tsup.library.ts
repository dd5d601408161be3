import type { Options } from 'tsup';

/** The build every public library package shares: ESM + CommonJS + types, for Node 20. */
export const libraryBuild = (overrides: Options = {}): Options => ({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  ...overrides,
});
