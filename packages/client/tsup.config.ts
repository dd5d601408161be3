import { cpSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.library.js';

// One entry per method (`@wdt-kit/client/methods/<method>`) beside the full client and the
// catalog-free `bare` entry: importing one method loads one small module and its declarations.
const methodEntries = Object.fromEntries(
  readdirSync('src/generated/methods')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`methods/${file.replace(/\.ts$/, '')}`, `src/generated/methods/${file}`]),
);

export default defineConfig(
  libraryBuild({
    entry: { index: 'src/index.ts', bare: 'src/bare.ts', ...methodEntries },
    async onSuccess() {
      cpSync('src/generated/openapi.json', 'dist/openapi.json');
    },
  }),
);
