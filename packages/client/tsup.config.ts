import { cpSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.library.js';

export default defineConfig(
  libraryBuild({
    async onSuccess() {
      cpSync('src/generated/openapi.json', 'dist/openapi.json');
    },
  }),
);
