// `npm test`: set up the workspace (pnpm, install, generate, build, type-check), run the whole vitest
// suite, print a plain count line, and fail if anything the suite printed contains a secret.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureWorkspace, root } from './ensureWorkspace.mjs';

// Every app secret the tests use (the part before the colon, which must never be printed).
const SECRETS = ['0123456789abcdef0123456789abcdef', 'ffffffffffffffffffffffffffffffff', '693f9fed686bfe13441385da98b436b6'];

const [pnpm, ...prefix] = ensureWorkspace(['build', 'typecheck']);
mkdirSync(join(root, '.tmp'), { recursive: true });
const report = join(root, '.tmp', 'vitest-report.json');
const child = spawn(pnpm, [...prefix, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
let printed = '';
child.stdout.on('data', (chunk) => {
  printed += chunk;
  process.stdout.write(chunk);
});
child.stderr.on('data', (chunk) => {
  printed += chunk;
  process.stderr.write(chunk);
});
const status = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));

let failed = status !== 0;
try {
  const { numPassedTests, numFailedTests, numPendingTests, numFailedTestSuites } = JSON.parse(readFileSync(report, 'utf8'));
  // A test file that fails to load runs no test; count it as a failure so the line cannot look green.
  console.log(`\nvitest: ${numPassedTests} passed, ${numFailedTests + numFailedTestSuites} failed, ${numPendingTests} skipped`);
} catch {
  console.log('\nvitest: no report was written');
  failed = true;
}
const leaked = SECRETS.filter((secret) => printed.includes(secret));
if (leaked.length > 0) {
  console.error(`secret scan: the test output contains ${leaked.length} app secret(s); nothing may print a secret`);
  failed = true;
} else {
  console.log(`secret scan: none of ${SECRETS.length} test secrets appears in ${printed.length} characters of test output`);
}
process.exit(failed ? 1 : 0);
