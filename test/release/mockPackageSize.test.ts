// The mock ships every method's spec (its handler table) and must stay a small devDependency:
// `pnpm pack` of packages/mock unpacks to at most 5 MB (≈1.8 MB when this was written).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/repoRoot.js';

const MAX_UNPACKED_BYTES = 5_000_000;

// The sum of the file sizes in a tar archive (512-byte headers, size in octal at offset 124).
function unpackedBytes(tar: Buffer): number {
  let total = 0;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(header.subarray(124, 136).toString('latin1').replace(/\0.*$/, '').trim() || '0', 8);
    if (header[156] === 0x30 || header[156] === 0) total += size; // regular files only
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return total;
}

describe('@wdt-kit/mock, as packed', () => {
  it(`unpacks to at most ${MAX_UNPACKED_BYTES / 1e6} MB`, () => {
    const out = mkdtempSync(join(tmpdir(), 'wdt-mock-pack-'));
    try {
      const run = spawnSync('pnpm', ['pack', '--pack-destination', out], { cwd: join(repoRoot, 'packages/mock'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      const [tarball] = readdirSync(out).filter((name) => name.endsWith('.tgz'));
      const bytes = unpackedBytes(gunzipSync(readFileSync(join(out, tarball!))));
      expect(bytes).toBeGreaterThan(100_000);
      expect(bytes).toBeLessThanOrEqual(MAX_UNPACKED_BYTES);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
