#!/usr/bin/env node
// Runs the generator's build (dist/, an esbuild bundle that turbo rebuilds when src/ changes): no
// TypeScript loader at start-up, and each target's emitter is a chunk loaded only when asked for.
await import('../dist/cli.mjs');
