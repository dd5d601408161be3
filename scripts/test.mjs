// `npm test`: set up the workspace, then run the whole vitest suite and print a plain count line.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureWorkspace, root } from './ensureWorkspace.mjs';

const [pnpm, ...prefix] = ensureWorkspace(['build', 'typecheck']);
mkdirSync(join(root, '.tmp'), { recursive: true });
const report = join(root, '.tmp', 'vitest-report.json');
const extra = process.argv.slice(2);
const result = spawnSync(pnpm, [...prefix, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
try {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\nvitest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
} catch {
  console.log('\nvitest: no report was written');
}
process.exit(result.status ?? 1);
