/**
 * The secrets of this run, from WDT_APP_SECRET and --app-secret: each whole `secret:salt` and its
 * secret half. Error text is scrubbed of them as a last guard (messages are written not to quote
 * values in the first place).
 */
export function secretsOf(argv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const values: string[] = [];
  if (env.WDT_APP_SECRET) values.push(env.WDT_APP_SECRET);
  argv.forEach((arg, i) => {
    if (arg === '--app-secret' && argv[i + 1] !== undefined) values.push(argv[i + 1]!);
    else if (arg.startsWith('--app-secret=')) values.push(arg.slice('--app-secret='.length));
  });
  return [...new Set(values.flatMap((value) => [value, value.split(':')[0]!]))].filter((value) => value.length >= 8);
}

/** The text with every secret replaced by ***. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join('***'), text);
}
