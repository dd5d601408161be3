import type { CommandSpec } from './CommandSpec.js';

// Method names are dotted identifiers; anything else never reaches import() (no paths).
const METHOD_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/;

/**
 * One method's command, importing only its generated module: a method call does not pay for the
 * whole table. Undefined when the name is not in the catalog.
 */
export async function loadCommand(method: string): Promise<CommandSpec | undefined> {
  if (!METHOD_NAME.test(method)) return undefined;
  try {
    // A plain variable: bundlers and vitest leave it to the runtime (the name was checked above).
    const specifier = `./generated/commands/${method}.js`;
    const { entry } = (await import(/* @vite-ignore */ specifier)) as { entry: CommandSpec };
    // A case-insensitive file system finds WMS.x for wms.x: only the exact name counts.
    return entry.method === method ? entry : undefined;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

/** Every method's command (help, list, describe, completion, suggestions). */
export async function loadCommandTable(): Promise<readonly CommandSpec[]> {
  return (await import('./generated/commands.js')).commandTable;
}
