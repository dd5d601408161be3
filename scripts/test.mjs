// `npm test`: set up the workspace (pnpm, install), then turbo generates, builds, type-checks and
// tests: each package's unit tests (`test`) and the pack-and-install tests (`test:pack`) in parallel,
// then the end-to-end tests against the mock (`test:e2e`) alone, because they time a client against
// loopback servers (400 ms timeouts) that a parallel task can starve. Turbo replays a task whose inputs
// did not change from its cache, logs included. Afterwards: a plain count line summed over every test
// task's vitest report, and a scan of everything printed (replayed logs too) for the app secrets.
//
// `npm test -- <vitest arguments>` runs a subset instead, with vitest directly and no cache, e.g.
// `npm test -- --project e2e` or `npm test -- packages/core`.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ensureInstalled, ensureWorkspace, root, turboCommand } from './ensureWorkspace.mjs';

// Every app secret the tests use (the part before the colon, which must never be printed).
const SECRETS = ['0123456789abcdef0123456789abcdef', 'ffffffffffffffffffffffffffffffff', '693f9fed686bfe13441385da98b436b6'];
const TEST_TASKS = ['test', 'test:e2e', 'test:pack'];
const ANSI = /\x1b\[[0-9;]*m/g;

const vitestArgs = process.argv.slice(2);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', ...docsMirrorEnv() };

let printed = '';
let failed = false;
let reports;
if (vitestArgs.length > 0) {
  const [pnpm, ...prefix] = ensureWorkspace(['build', 'typecheck']);
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const report = join(root, '.tmp', 'vitest-report.json');
  rmSync(report, { force: true });
  reports = [report];
  await runPrinting([pnpm, ...prefix, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...vitestArgs]);
} else {
  const [pnpm, ...prefix] = ensureInstalled();
  reports = testReports();
  // A report left by an earlier run must not be counted: each task writes (or its replay restores) its own.
  for (const report of reports) rmSync(report, { force: true });
  const turbo = [...turboCommand([pnpm, ...prefix]), 'run', '--continue=dependencies-successful', '--log-order=grouped'];
  // One task per core: each vitest run has its own workers, and more parallel runs starve the tests
  // that spawn processes (the generator's) of their 30 s timeout on the 2-core CI machines.
  await runPrinting([...turbo, 'build', 'typecheck', 'test', 'test:pack', `--concurrency=${Math.max(2, availableParallelism())}`]);
  // The builds it depends on were printed above; their replayed logs are scanned but not shown again.
  const repeated = /^\S+:(build|generate|typecheck): /;
  await runPrinting([...turbo, 'test:e2e', '--concurrency=1'], (line) => !repeated.test(line.replace(ANSI, '')));
}

const total = { passed: 0, failed: 0, skipped: 0 };
const missing = [];
for (const report of reports) {
  if (!existsSync(report)) {
    missing.push(relative(root, report));
    continue;
  }
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, testResults } = JSON.parse(readFileSync(report, 'utf8'));
  // A test file that fails to load runs no test; count it as a failure so the line cannot look green.
  const filesThatDidNotLoad = testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  total.passed += numPassedTests;
  total.failed += numFailedTests + filesThatDidNotLoad;
  total.skipped += numPendingTests + numTodoTests;
}
console.log(`\nvitest: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
if (missing.length > 0) {
  console.log(`vitest: no report from ${missing.join(', ')} (the task failed before its tests ran, or did not run)`);
  failed = true;
}
// Colours could split a secret; what a reader sees is the text without them.
const plain = printed.replace(ANSI, '');
const leaked = SECRETS.filter((secret) => plain.includes(secret));
if (leaked.length > 0) {
  console.error(`secret scan: the test output contains ${leaked.length} app secret(s); nothing may print a secret`);
  failed = true;
} else {
  console.log(`secret scan: none of ${SECRETS.length} test secrets appears in ${printed.length} characters of test output`);
}
process.exit(failed ? 1 : 0);

/**
 * Runs a command, printing what it prints (the lines `show` accepts) and keeping all of it for the
 * secret scan; a failure fails the run.
 */
async function runPrinting([executable, ...args], show = () => true) {
  const child = spawn(executable, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env });
  const relay = (stream, out) => {
    let partial = '';
    stream.on('data', (chunk) => {
      printed += chunk;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop();
      for (const line of lines) if (show(line)) out.write(`${line}\n`);
    });
    stream.on('end', () => {
      if (partial && show(partial)) out.write(partial);
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  const status = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  if (status !== 0) failed = true;
}

/** The vitest report each test task writes (scripts/vitestTask.mjs): one per package script it has. */
function testReports() {
  const workspace = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const packagesBlock = /^packages:\n((?:\s+-.*\n?)*)/m.exec(workspace)?.[1] ?? '';
  const patterns = [...packagesBlock.matchAll(/-\s+['"]?([^'"\s]+)/g)].map((match) => match[1]);
  const dirs = patterns.flatMap((pattern) =>
    pattern.endsWith('/*') ? readdirSync(join(root, pattern.slice(0, -2))).map((name) => join(root, pattern.slice(0, -2), name)) : [join(root, pattern)],
  );
  return dirs
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .flatMap((dir) => {
      const scripts = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts ?? {};
      return Object.entries(scripts)
        .filter(([name, script]) => TEST_TASKS.includes(name) && script.includes('vitestTask.mjs'))
        .map(([, script]) => join(dir, '.vitest', `${script.trim().split(/\s+/).at(-1)}.json`));
    });
}

/**
 * The docs mirror for the conformance check, made explicit so turbo hashes it (turbo.json: the
 * spec-draft test task's env): WDT_DOCS_DIR as an absolute path (turbo runs tasks in their package's
 * folder), else empty (the check is skipped; nothing outside the repository is looked for). The mirror
 * is outside the repository, so its content is hashed here, into WDT_DOCS_DIGEST.
 */
function docsMirrorEnv() {
  const dir = process.env.WDT_DOCS_DIR ? resolve(process.env.WDT_DOCS_DIR) : '';
  if (dir === '' || !existsSync(dir)) return { WDT_DOCS_DIR: dir, WDT_DOCS_DIGEST: '' };
  const hash = createHash('sha256');
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(`${relative(dir, path)}\0`).update(readFileSync(path));
    }
  };
  walk(dir);
  return { WDT_DOCS_DIR: dir, WDT_DOCS_DIGEST: hash.digest('hex') };
}
