#!/usr/bin/env node
// Committed shim: pnpm links bins before dist/ exists on a fresh clone.
import { runCli } from '../dist/main.js';

// A reader that stops early (`wdt list | head`) closes the pipe: that ends the output, it is not a crash.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2));
