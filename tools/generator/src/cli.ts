// The `wdt-generate` binary: the generator as a function (main.ts) wired to the process.
import { runWdtGenerate } from './main.js';

runWdtGenerate(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`wdt-generate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
