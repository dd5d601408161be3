// A real redis-server for the tests that need one: each starts its own on a free loopback port
// with a temporary directory, and stops it. The project's set-up installs redis-server
// (scripts/ensureRedisServer.sh, run by .ci/run); on a machine without it the tests say so and
// skip, except in CI, where a missing redis-server is a failure.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether redis-server is on PATH. */
export function redisServerOnPath() {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Whether redis-server is on PATH, for tests. Throws in CI when it is not: CI must have it. */
export function hasRedisServer() {
  const found = redisServerOnPath();
  if (!found && process.env.CI) throw new Error('redis-server is not on PATH: scripts/ensureRedisServer.sh installs it');
  if (!found) console.warn('redis-server is not on PATH: skipping the tests that need Redis (scripts/ensureRedisServer.sh installs it)');
  return found;
}

async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** Starts redis-server on a free loopback port; resolves with its URL and a stop(). */
export async function startRedisServer() {
  for (let tries = 0; ; tries++) {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'wdt-redis-'));
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'notice'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    child.stdout.on('data', (chunk) => (printed += chunk));
    child.stderr.on('data', (chunk) => (printed += chunk));
    const ready = await new Promise((resolve) => {
      const check = () => {
        if (/Ready to accept connections/.test(printed)) resolve(true);
      };
      child.stdout.on('data', check);
      child.once('exit', () => resolve(false));
    });
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      rmSync(dir, { recursive: true, force: true });
    };
    if (ready) return { url: `redis://127.0.0.1:${port}`, port, stop };
    await stop();
    if (tries >= 2) throw new Error(`redis-server did not start: ${printed}`);
  }
}
