import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { UsageError } from './exitCodes.js';

/** One named set of credentials in the config file. */
export interface Profile {
  sid?: string;
  appKey?: string;
  appSecret?: string;
  baseUrl?: string;
  /** Ask before writes through this profile even if its endpoint is not the documented production URL (e.g. a proxy to production). */
  confirmWrites?: boolean;
}

export interface ProfileFile {
  profiles: Record<string, Profile>;
}

/** `WDT_CONFIG`, else `$XDG_CONFIG_HOME/wdt/config.json`, else `~/.config/wdt/config.json`. */
export function configPath(env: NodeJS.ProcessEnv): string {
  return env.WDT_CONFIG ?? join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'wdt', 'config.json');
}

export function readProfiles(path: string): ProfileFile {
  if (!existsSync(path)) return { profiles: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as ProfileFile;
    return { profiles: parsed.profiles ?? {} };
  } catch {
    throw new UsageError(`${path}: not a valid wdt config file (JSON with a "profiles" object)`);
  }
}

/** The profile to use: `--profile`, else `WDT_PROFILE`, else `default` if it exists. */
export function selectProfile(file: ProfileFile, name: string | undefined, path: string): Profile {
  if (name === undefined) return file.profiles.default ?? {};
  const profile = file.profiles[name];
  if (!profile) throw new UsageError(`no profile "${name}" in ${path} (wdt configure --profile ${name} creates it)`);
  return profile;
}

/** Writes a profile; the file holds secrets, so it is readable by its owner only (0600). */
export function writeProfile(path: string, name: string, profile: Profile): void {
  const file = readProfiles(path);
  file.profiles[name] = { ...file.profiles[name], ...profile };
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}
