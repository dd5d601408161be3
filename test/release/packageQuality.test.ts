// publint and arethetypeswrong on every public package, as published (packed).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/repoRoot.js';

const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);

describe.each(['core', 'client', 'rate-limit-redis', 'cli', 'mock'])('@wdt-kit/%s', (name) => {
  const dir = join(repoRoot, 'packages', name);

  it('passes publint', () => {
    const run = spawnSync(bin('publint'), ['--strict'], { cwd: dir, encoding: 'utf8' });
    expect(run.stdout + run.stderr, run.stdout).toContain('All good!');
    expect(run.status).toBe(0);
  }, 60_000);

  it('passes arethetypeswrong', () => {
    // The CLI ships no importable module, only a binary: there are no types to get wrong. The
    // client's openapi.json is a data subpath that node10 resolution (no "exports") cannot see.
    const profile = name === 'cli' ? ['--entrypoints', './package.json'] : name === 'client' ? ['--exclude-entrypoints', './openapi.json'] : [];
    const run = spawnSync(bin('attw'), ['--pack', '.', '--format', 'ascii', ...profile], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }, 60_000);
});
