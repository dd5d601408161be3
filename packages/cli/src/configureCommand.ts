import { Command } from 'commander';
import { parseAppSecret, WDT_TEST_URL } from '@wdt-kit/core';
import type { CliIo } from './CliIo.js';
import { checkBaseUrl } from './checkBaseUrl.js';
import { UsageError } from './exitCodes.js';
import { formatTable } from './formatOutput.js';
import { checkProfileName, configPath, describeProfiles, readProfiles, writeProfile, type Profile } from './profiles.js';
import { shownName, shownPath } from './shownName.js';

interface ConfigureOptions {
  profile?: string;
  sid?: string;
  appKey?: string;
  appSecret?: string;
  baseUrl?: string;
  test?: boolean;
  confirmWrites?: boolean;
}

const SECRET_SOURCES = `
The secret ("secret:salt" as issued) is read from WDT_APP_SECRET; else asked on a terminal
without echo; else read from the first line of stdin (printf '%s\\n' "$SECRET" | wdt configure).
--app-secret also works but leaves the secret in shell history and the process list.
sid and app key come from the flags, else WDT_SID / WDT_APP_KEY, else are asked on a terminal.
The file (WDT_CONFIG, else ~/.config/wdt/config.json) is written mode 0600 in a 0700 directory.

wdt configure list (or wdt profiles) shows the saved profiles without their secrets.
`;

/** `wdt configure`, `wdt configure list` and `wdt profiles`; options are the program's (they are global). */
export function addProfileCommands(program: Command, io: CliIo): void {
  const optionsOf = (command: Command) => ({ ...program.opts<ConfigureOptions>(), ...command.opts<ConfigureOptions>() });
  // Declared here for --help; the program's global options of the same names receive the values.
  const configure = program
    .command('configure')
    .description('save a profile; asks for the secret')
    .option('--profile <name>', 'profile to write (default "default", or WDT_PROFILE)')
    .option('--sid <sid>', 'seller account')
    .option('--app-key <key>', 'app key')
    .option('--base-url <url>', 'endpoint (default the production endpoint)')
    .option('--test', 'use the documented test endpoint')
    .option('--confirm-writes', 'ask before every write through this profile')
    .addHelpText('after', SECRET_SOURCES);
  configure.action(async () => configureProfile(optionsOf(configure), io));
  configure
    .command('list')
    .description('show the saved profiles (never the secrets)')
    .action(() => listProfiles(program.opts<ConfigureOptions>(), io));
  program
    .command('profiles')
    .description('show saved profiles (no secrets)')
    .action(() => listProfiles(program.opts<ConfigureOptions>(), io));
}

function listProfiles(options: ConfigureOptions, io: CliIo): void {
  const path = configPath(io.env);
  const rows = describeProfiles(readProfiles(path), options.profile ?? io.env.WDT_PROFILE ?? 'default');
  if (rows.length === 0) io.stderr.write(`wdt: no profiles in ${shownPath(path)} (wdt configure creates one)\n`);
  else io.stdout.write(formatTable(rows));
}

/** Reads what was not given from the environment, a person at the terminal, or stdin; then writes the profile. */
async function configureProfile(options: ConfigureOptions, io: CliIo): Promise<void> {
  const name = checkProfileName(options.profile ?? io.env.WDT_PROFILE ?? 'default');
  const path = configPath(io.env);
  const file = readProfiles(path);
  const saved: Profile = Object.hasOwn(file.profiles, name) ? file.profiles[name]! : {};
  let sid = options.sid ?? io.env.WDT_SID;
  let appKey = options.appKey ?? io.env.WDT_APP_KEY;
  let appSecret = options.appSecret ?? io.env.WDT_APP_SECRET;
  if (options.appSecret) io.stderr.write('wdt: note: --app-secret leaves the secret in shell history and the process list; let wdt configure ask for it, or set WDT_APP_SECRET\n');
  if (io.stdinIsTTY()) {
    const { Prompter } = await import('./Prompter.js'); // readline only for a person at a terminal
    const prompter = new Prompter(io);
    try {
      sid ??= await prompter.ask('Seller account (sid)', saved.sid ? { defaultValue: saved.sid } : {});
      appKey ??= await prompter.ask('App key', saved.appKey ? { defaultValue: saved.appKey } : {});
      appSecret ??= await prompter.ask(`App secret, secret:salt (not shown${saved.appSecret ? '; empty keeps the saved one' : ''})`, { hidden: true });
    } finally {
      prompter.close();
    }
  } else {
    appSecret ??= (await io.readStdin()).split(/\r?\n/)[0]!.trim() || undefined;
  }
  if (appSecret !== undefined) {
    try {
      parseAppSecret(appSecret);
    } catch {
      throw new UsageError('configure: the app secret must be "secret:salt" as issued by Wangdian, both halves non-empty; nothing was written');
    }
  }
  const baseUrl = options.baseUrl ?? (options.test ? WDT_TEST_URL : undefined);
  if (baseUrl !== undefined) checkBaseUrl(baseUrl, '--base-url');
  const profile: Profile = { ...(sid ? { sid } : {}), ...(appKey ? { appKey } : {}), ...(appSecret ? { appSecret } : {}), ...(baseUrl ? { baseUrl } : {}), ...(options.confirmWrites ? { confirmWrites: true } : {}) };
  if (Object.keys(profile).length === 0) throw new UsageError('configure: nothing to save; give --sid, --app-key, --base-url or --test, or the secret (WDT_APP_SECRET, stdin, or run on a terminal)');
  writeProfile(path, name, profile);
  io.stderr.write(`wdt: profile ${shownName(name, '(named as given)')} saved to ${shownPath(path)} (mode 0600)${profile.appSecret ? '' : '; no secret in this update'}\n`);
}
