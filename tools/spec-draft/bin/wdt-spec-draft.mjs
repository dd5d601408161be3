#!/usr/bin/env node
// Runs the TypeScript drafter through tsx so it never needs a build step of its own.
import { register } from 'tsx/esm/api';
register();
await import('../src/main.ts');
