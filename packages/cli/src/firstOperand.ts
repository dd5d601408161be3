/** Global options that take a value as the next argument (unless given as --name=value). */
const VALUE_OPTIONS = new Set(['--sid', '--app-key', '--app-secret', '--base-url', '--profile', '--output', '--timeout', '--fields']);

/**
 * The command or method a command line invokes: its first argument that is neither an option nor
 * the value of a global option (`wdt --profile prod wms.x.Y.z ...` invokes wms.x.Y.z).
 */
export function firstOperand(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return argv[i + 1];
    if (!arg.startsWith('-')) return arg;
    if (VALUE_OPTIONS.has(arg)) i++;
  }
  return undefined;
}
