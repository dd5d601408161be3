import { Project, VariableDeclarationKind } from 'ts-morph';
import { GENERATED_HEADER } from './generatedHeader.js';

/** A TypeScript module exporting one typed constant built from spec data (the CLI and mock tables). */
export function emitDataModule(init: { fileName: string; name: string; type: string; typeImport: { from: string; names: string[] }; value: unknown; doc: string }): string {
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile(init.fileName, '');
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: init.typeImport.from, namedImports: init.typeImport.names });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: init.name, type: init.type, initializer: JSON.stringify(init.value, null, 2) }],
    docs: [init.doc],
  });
  file.formatText({ indentSize: 2, convertTabsToSpaces: true });
  return GENERATED_HEADER + file.getFullText();
}
