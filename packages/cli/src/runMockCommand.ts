import type { CliIo } from './CliIo.js';

/**
 * `wdt mock [options]`: the mock's own command line (the one parser wdt-mock uses), its own
 * usage errors (exit 64) and its exit code, which used to be lost (`wdt mock --port 99999` exited 0).
 */
export async function runMockCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { runMockServerCli } = await import('@wdt-kit/mock');
  return runMockServerCli([...argv], { stdout: io.stdout, stderr: io.stderr, env: io.env });
}
