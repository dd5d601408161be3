import type { CommandSpec } from './CommandSpec.js';

const BUILT_IN = new Set(['call', 'list', 'describe', 'configure', 'completion', 'mock', '--version', '-V']);

/**
 * The method commands a run needs, from its first argument. Registering all 179 with their field
 * flags is most of the start-up time: a method call needs only its own command, a built-in command
 * (which reads the table itself) or --version none; help, an unknown name, or options before the
 * command need them all.
 */
export function methodCommandsFor(commands: readonly CommandSpec[], first: string | undefined): readonly CommandSpec[] {
  const invoked = commands.find((c) => c.method === first);
  if (invoked) return [invoked];
  return first !== undefined && BUILT_IN.has(first) ? [] : commands;
}
