#!/usr/bin/env node
// Committed shim: pnpm links bins before dist/ exists on a fresh clone.
import '../dist/cli.js';
