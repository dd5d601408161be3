// Every public package unpacks within its limit (issue 13). Only the mock's size was a test: the
// client grew past its 5 MB (5.46 MB, every declaration shipped twice) and only the bench saw it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { packPublicPackages, PUBLIC_PACKAGES, UNPACKED_LIMIT_MB } from '../../scripts/pack.mjs';

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

const out = mkdtempSync(join(tmpdir(), 'wdt-pack-size-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
let tarballs: Record<string, string> | undefined;
const tarballOf = (folder: string) => {
  tarballs ??= packPublicPackages({ outDir: out });
  return tarballs[`@wdt-kit/${folder}`]!;
};

describe('public packages, as packed', () => {
  it.each(PUBLIC_PACKAGES.map((folder) => [folder, UNPACKED_LIMIT_MB[folder as keyof typeof UNPACKED_LIMIT_MB]] as const))(
    '@wdt-kit/%s unpacks to at most %s MB',
    (folder, limitMb) => {
      const bytes = unpackedBytes(gunzipSync(readFileSync(tarballOf(folder))));
      expect(bytes).toBeGreaterThan(5_000);
      expect(bytes / 1e6).toBeLessThanOrEqual(limitMb);
    },
    120_000,
  );
});
