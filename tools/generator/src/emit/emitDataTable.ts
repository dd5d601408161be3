import type { MethodModel } from '../model/SpecModel.js';
import type { GeneratedFiles } from './GeneratedFiles.js';
import { GENERATED_HEADER } from './generatedHeader.js';
import { objectLiteralOf } from './objectLiteral.js';

export interface DataTable {
  /** Folder of the per-method files and name of the table module (`commands` -> commands/*.ts, commands.ts). */
  folder: string;
  /** Exported name of the table. */
  name: string;
  /** TypeScript type of one entry, and where it comes from (relative to the table module). */
  entryType: string;
  typeFrom: string;
  shape: 'list' | 'record';
  doc: string;
  entryOf(model: MethodModel): unknown;
}

/**
 * A table built from spec data (the CLI's commands, the mock's handlers) as one small module per
 * method and a module that gathers them: an edit to one spec rewrites one entry file, so type-checking
 * and rebuilding after it touch one method, and no entry is inlined anywhere twice.
 */
export function emitDataTable(table: DataTable, models: readonly MethodModel[]): GeneratedFiles {
  const files: GeneratedFiles = new Map();
  const imports: string[] = [];
  const entries: string[] = [];
  models.forEach((model, i) => {
    const method = model.spec.method;
    files.set(
      `${table.folder}/${method}.ts`,
      `${GENERATED_HEADER}import type { ${table.entryType} } from ${JSON.stringify(`../${table.typeFrom}`)};\n\n/** ${method} */\nexport const entry: ${table.entryType} = ${objectLiteralOf(table.entryOf(model))};\n`,
    );
    imports.push(`import { entry as e${i} } from ${JSON.stringify(`./${table.folder}/${method}.js`)};\n`);
    entries.push(table.shape === 'list' ? `  e${i},\n` : `  ${JSON.stringify(method)}: e${i},\n`);
  });
  const type = table.shape === 'list' ? `readonly ${table.entryType}[]` : `Readonly<Record<string, ${table.entryType}>>`;
  const [open, close] = table.shape === 'list' ? ['[', ']'] : ['{', '}'];
  files.set(
    `${table.folder}.ts`,
    `${GENERATED_HEADER}import type { ${table.entryType} } from ${JSON.stringify(table.typeFrom)};\n${imports.join('')}\n/** ${table.doc} */\nexport const ${table.name}: ${type} = ${open}\n${entries.join('')}${close};\n`,
  );
  return files;
}
