#!/usr/bin/env node
// Committed shim: pnpm links bins before dist/ exists on a fresh clone.
import { runCli } from '../dist/main.js';

process.exitCode = await runCli(process.argv.slice(2));
