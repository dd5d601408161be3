import { defineConfig } from 'vitest/config';

// Three projects, each runnable alone (`pnpm exec vitest run --project unit|e2e|pack`). `npm test` runs
// them as turbo tasks instead: each package's unit tests (`test`), and test/'s `test:e2e` and
// `test:pack`, so an unchanged package replays its result from turbo's cache (scripts/vitestTask.mjs).
export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      // Each package's own tests, next to its source; they may import the built workspace packages.
      { extends: true, test: { name: 'unit', include: ['packages/*/src/**/*.test.ts', 'tools/*/src/**/*.test.ts'] } },
      // The built client, CLI and mock against each other and against hostile servers.
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts', 'test/reliability/**/*.test.ts'] } },
      // The packages as published: packed, installed with npm and pnpm, bundled, linted, announced.
      { extends: true, test: { name: 'pack', include: ['test/consumer/**/*.test.ts', 'test/release/**/*.test.ts', 'test/bundle/**/*.test.ts', 'test/build/**/*.test.ts'] } },
    ],
  },
});
