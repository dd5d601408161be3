import { closeSync, constants, existsSync, fchmodSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, chmodSync, unlinkSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { WdtRateBudget } from '@wdt-kit/client/bare';
import { UsageError } from './exitCodes.js';
import { shownName, shownPath } from './shownName.js';

/** One named set of credentials in the config file. */
export interface Profile {
  sid?: string;
  appKey?: string;
  appSecret?: string;
  baseUrl?: string;
  /** Ask before writes through this profile even if its endpoint is not the documented production URL (e.g. a proxy to production). */
  confirmWrites?: boolean;
  /** The shared rate limiter of the workers on this account (see @wdt-kit/rate-limit-redis): ad-hoc calls share their budgets. */
  rateLimit?: { redis?: string; budgets?: WdtRateBudget[]; windowMs?: number; keyPrefix?: string };
}

export interface ProfileFile {
  profiles: Record<string, Profile>;
}

/** `WDT_CONFIG`, else `$XDG_CONFIG_HOME/wdt/config.json`, else `~/.config/wdt/config.json`. */
export function configPath(env: NodeJS.ProcessEnv): string {
  return env.WDT_CONFIG ?? join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'wdt', 'config.json');
}

// Names that mean something to every JavaScript object: `--profile __proto__` used to report success and write nothing.
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));
const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** A profile name: letters, digits, `_ . -`, not a name every object already has. */
export function checkProfileName(name: string): string {
  if (!PROFILE_NAME.test(name) || RESERVED.has(name)) throw new UsageError(`profile name ${shownName(name)} is not allowed: use letters, digits, "_", "." or "-", and not a name every JavaScript object has (__proto__, constructor, toString, ...)`);
  return name;
}

export function readProfiles(path: string): ProfileFile {
  if (!existsSync(path)) return { profiles: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    parsed = undefined;
  }
  const profiles = (parsed as { profiles?: unknown } | undefined)?.profiles;
  if (profiles === undefined && parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return { profiles: {} };
  if (profiles === null || typeof profiles !== 'object' || Array.isArray(profiles)) throw new UsageError(`${shownPath(path)}: not a valid wdt config file (JSON with a "profiles" object)`);
  return { profiles: profiles as Record<string, Profile> };
}

/** The profile to use: `--profile`, else `WDT_PROFILE`, else `default` if it exists. */
export function selectProfile(file: ProfileFile, name: string | undefined, path: string): Profile {
  if (name === undefined) return Object.hasOwn(file.profiles, 'default') ? file.profiles.default! : {};
  if (!Object.hasOwn(file.profiles, name)) throw new UsageError(`no profile ${shownName(name)} in ${shownPath(path)} (wdt configure --profile NAME creates it; wdt configure list shows them)`);
  return file.profiles[name]!;
}

/**
 * The directory of the config file, readable by its owner only. Our own `wdt` directory is
 * created 0700 or tightened to it; any other directory (WDT_CONFIG elsewhere) that others can
 * read is refused rather than changed. A symlinked directory is refused.
 */
function ensurePrivateDirectory(dir: string): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    return;
  }
  const stat = lstatSync(dir);
  if (stat.isSymbolicLink() || !stat.isDirectory()) throw new UsageError(`${shownPath(dir)} is a symbolic link or not a directory; refusing to write secrets there`);
  if ((stat.mode & 0o077) === 0 || process.platform === 'win32') return;
  if (basename(dir) !== 'wdt') throw new UsageError(`${shownPath(dir)} can be read by other users (mode ${(stat.mode & 0o777).toString(8)}); run chmod 700 on it or set WDT_CONFIG to a private directory`);
  chmodSync(dir, 0o700);
}

/**
 * Writes a profile atomically: a new temporary file is created with mode 0600 before any byte is
 * written, filled, synced and renamed over the config file, so the secret is never in a file
 * others can read and a crash leaves the old file whole. Symbolic links are refused, never followed.
 */
export function writeProfile(path: string, name: string, profile: Profile): void {
  checkProfileName(name);
  const dir = dirname(path);
  ensurePrivateDirectory(dir);
  const existing = lstatSafe(path);
  if (existing && (existing.isSymbolicLink() || !existing.isFile())) throw new UsageError(`${shownPath(path)} is a symbolic link or not a file; refusing to write secrets through it`);
  const file = readProfiles(path);
  const profiles: Record<string, Profile> = { ...file.profiles };
  Object.defineProperty(profiles, name, { value: { ...(Object.hasOwn(file.profiles, name) ? file.profiles[name] : {}), ...profile }, enumerable: true, writable: true, configurable: true });
  const temporary = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
  try {
    fchmodSync(fd, 0o600); // before the first byte, whatever the umask
    writeSync(fd, `${JSON.stringify({ ...file, profiles }, null, 2)}\n`);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    unlinkSync(temporary);
    throw error;
  }
}

function lstatSafe(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The profiles as `wdt configure list` shows them: every field but the secret, which is only said to be set. */
export function describeProfiles(file: ProfileFile, active: string): Record<string, string>[] {
  return Object.entries(file.profiles).map(([name, profile]) => ({
    profile: `${name}${name === active ? ' *' : ''}`,
    sid: profile.sid ?? '',
    'app key': profile.appKey ?? '',
    secret: profile.appSecret ? 'set' : 'not set',
    endpoint: profile.baseUrl ?? '(production)',
    'confirm writes': profile.confirmWrites ? 'yes' : '',
  }));
}
