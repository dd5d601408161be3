import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from './exitCodes.js';
import { configPath, readProfiles, selectProfile, writeProfile } from './profiles.js';
import { resolveCredentials } from './resolveCredentials.js';

const dir = mkdtempSync(join(tmpdir(), 'wdt-profiles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('profiles', () => {
  const path = join(dir, 'wdt', 'config.json');

  it('are written readable by the owner only, and merged per name', () => {
    writeProfile(path, 'prod', { sid: 's1', appKey: 'k1', appSecret: 'a:b' });
    writeProfile(path, 'prod', { baseUrl: 'http://x/openapi' });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8')).profiles.prod).toEqual({ sid: 's1', appKey: 'k1', appSecret: 'a:b', baseUrl: 'http://x/openapi' });
  });

  it('are found through WDT_CONFIG, then XDG_CONFIG_HOME', () => {
    expect(configPath({ WDT_CONFIG: '/a/b.json' })).toBe('/a/b.json');
    expect(configPath({ XDG_CONFIG_HOME: '/xdg' })).toBe('/xdg/wdt/config.json');
  });

  it('name a profile that must exist', () => {
    expect(() => selectProfile(readProfiles(path), 'staging', path)).toThrowError(UsageError);
    expect(selectProfile(readProfiles(path), undefined, path)).toEqual({});
  });
});

describe('precedence: flags, then WDT_* environment, then the profile', () => {
  const profile = { sid: 'p-sid', appKey: 'p-key', appSecret: 'p:salt', baseUrl: 'http://profile/openapi' };
  it.each([
    ['profile only', {}, {}, { sid: 'p-sid', appKey: 'p-key', appSecret: 'p:salt', baseUrl: 'http://profile/openapi' }],
    ['environment over profile', {}, { WDT_SID: 'e-sid' }, { sid: 'e-sid', appKey: 'p-key', appSecret: 'p:salt', baseUrl: 'http://profile/openapi' }],
    ['flag over environment', { sid: 'f-sid' }, { WDT_SID: 'e-sid' }, { sid: 'f-sid', appKey: 'p-key', appSecret: 'p:salt', baseUrl: 'http://profile/openapi' }],
    ['--test picks the test endpoint', { test: true }, {}, { sid: 'p-sid', appKey: 'p-key', appSecret: 'p:salt', baseUrl: 'http://47.92.239.46/openapi' }],
  ])('%s', (_label, flags, env, expected) => expect(resolveCredentials(flags, env, profile)).toEqual(expected));
});
