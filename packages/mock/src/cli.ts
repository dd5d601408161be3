// The `wdt-mock` binary (bin/wdt-mock.mjs imports the build of this file).
import { runMockServerCli } from './cli/runMockServerCli.js';

runMockServerCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(`wdt-mock: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
