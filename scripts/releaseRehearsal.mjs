// End-to-end release rehearsal against a real npm registry on loopback (verdaccio):
// clone the committed repo, `changeset version`, `changeset publish` to the registry, then
// `pnpm add @wdt-kit/client @wdt-kit/cli` in a clean folder and make a call that works.
// Nothing here touches the working tree or any public registry.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { findPnpm, root } from './ensureWorkspace.mjs';

const VERDACCIO = 'verdaccio@6.8.0'; // the last line that runs on Node 20
const PUBLIC = ['core', 'client', 'rate-limit-redis', 'cli', 'mock'];
const work = mkdtempSync(join(tmpdir(), 'wdt-release-'));
const [pnpm, ...pnpmPrefix] = findPnpm();
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', CI: 'true', npm_config_yes: 'true' };
let registryProcess;

function step(title, command, args, cwd, extraEnv = {}) {
  console.log(`\n[rehearsal] ${title}\n  $ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) throw new Error(`${title} failed (exit ${result.status})`);
}
const pnpmStep = (title, args, cwd, extraEnv) => step(title, pnpm, [...pnpmPrefix, ...args], cwd, extraEnv);

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function main() {
  const repo = join(work, 'repo');
  step('clone the committed repository', 'git', ['clone', '-q', root, repo], work);
  pnpmStep('install (offline where possible)', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], repo);
  pnpmStep('build', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], repo);

  const verdaccioDir = join(work, 'verdaccio');
  mkdirSync(verdaccioDir);
  // verdaccio-audit asks for node-fetch by the dist-tag "cjs", which the registry no longer serves;
  // 2.7.0 is the CommonJS release that tag pointed to.
  writeFileSync(join(verdaccioDir, 'package.json'), JSON.stringify({ name: 'rehearsal-registry', private: true, dependencies: { verdaccio: VERDACCIO.split('@')[1] }, overrides: { 'node-fetch@cjs': '2.7.0' } }));
  step(`install ${VERDACCIO}`, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], verdaccioDir);
  const port = await freePort();
  const registry = `http://127.0.0.1:${port}/`;
  writeFileSync(
    join(verdaccioDir, 'config.yaml'),
    [
      `storage: ${join(verdaccioDir, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${join(verdaccioDir, 'htpasswd')}`,
      'packages:',
      "  '@wdt-kit/*':",
      '    access: $all',
      '    publish: $authenticated',
      "  '**':",
      '    access: $all',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  console.log(`\n[rehearsal] start verdaccio on ${registry}`);
  registryProcess = spawn(process.execPath, [join(verdaccioDir, 'node_modules/verdaccio/bin/verdaccio'), '--config', join(verdaccioDir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], { stdio: ['ignore', 'inherit', 'inherit'], env });
  await waitFor(`${registry}-/ping`);

  const user = await fetch(`${registry}-/user/org.couchdb.user:rehearsal`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'rehearsal', password: 'rehearsal-password', email: 'rehearsal@example.invalid', type: 'user' }),
  });
  const { token } = await user.json();
  if (!token) throw new Error(`could not create a registry user (HTTP ${user.status})`);
  const npmrc = `@wdt-kit:registry=${registry}\n//127.0.0.1:${port}/:_authToken=${token}\n`;
  writeFileSync(join(repo, '.npmrc'), npmrc);

  pnpmStep('changeset version', ['exec', 'changeset', 'version'], repo);
  for (const name of PUBLIC) {
    const changelog = join(repo, 'packages', name, 'CHANGELOG.md');
    if (!existsSync(changelog)) throw new Error(`changeset version wrote no ${changelog}`);
  }
  const version = JSON.parse(readFileSync(join(repo, 'packages/client/package.json'), 'utf8')).version;
  console.log(`[rehearsal] versioned: @wdt-kit/client@${version}; CHANGELOG.md written for ${PUBLIC.join(', ')}`);
  pnpmStep('changeset publish to the loopback registry', ['exec', 'changeset', 'publish', '--no-git-tag'], repo);

  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'rehearsal-consumer', private: true, type: 'module' }));
  writeFileSync(join(consumer, '.npmrc'), `@wdt-kit:registry=${registry}\n`);
  pnpmStep('pnpm add @wdt-kit/client @wdt-kit/cli in a clean folder', ['add', '--reporter=silent', '@wdt-kit/client', '@wdt-kit/cli'], consumer);
  const installed = JSON.parse(readFileSync(join(consumer, 'node_modules/@wdt-kit/client/package.json'), 'utf8')).version;
  if (installed !== version) throw new Error(`installed @wdt-kit/client@${installed}, expected ${version}`);

  console.log('\n[rehearsal] start `wdt mock` from the installed CLI and call it with the installed client');
  const mock = spawn(join(consumer, 'node_modules/.bin/wdt'), ['mock', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const [line] = await once(createInterface({ input: mock.stdout }), 'line');
  const baseUrl = /^listening on (\S+)$/.exec(line)?.[1];
  if (!baseUrl) throw new Error(`unexpected first line from wdt mock: ${line}`);
  writeFileSync(
    join(consumer, 'call.mjs'),
    `import { WdtClient } from '@wdt-kit/client';
const wdt = new WdtClient({ sid: 'wdtapi3', appKey: 'wdt_test', appSecret: process.env.WDT_APP_SECRET, baseUrl: process.env.WDT_BASE_URL });
console.log(JSON.stringify(await wdt.wms.stockother.In.cancelOrder(['QR3796', 'QR3795', 'QR3797'])));
`,
  );
  try {
    step('call wms.stockother.In.cancelOrder', process.execPath, ['call.mjs'], consumer, { WDT_APP_SECRET: '0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210', WDT_BASE_URL: baseUrl });
  } finally {
    mock.kill('SIGTERM');
  }
  console.log(`\n[rehearsal] OK: versioned, published to ${registry}, installed with pnpm and called`);
}

try {
  await main();
} catch (error) {
  console.error(`\n[rehearsal] FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  registryProcess?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
