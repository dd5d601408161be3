import CodeBlockWriter from 'code-block-writer';
import { GENERATED_HEADER } from './generatedHeader.js';

/**
 * The writer every TypeScript emitter uses: code-block-writer (the writer under ts-morph) in the house
 * style. Text is written once, in order, and never parsed back: building ts-morph source files and
 * formatting them took most of a generation run.
 */
export function createWriter(): CodeBlockWriter {
  const writer = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: false, newLine: '\n' });
  writer.write(GENERATED_HEADER);
  return writer;
}

/** A JSDoc block; one-line texts stay on one line. */
export function writeDoc(writer: CodeBlockWriter, text: string): void {
  const lines = text.split('\n');
  if (lines.length === 1) {
    writer.writeLine(`/** ${lines[0]} */`);
    return;
  }
  writer.writeLine('/**');
  for (const line of lines) writer.writeLine(line === '' ? ' *' : ` * ${line}`);
  writer.writeLine(' */');
}

export interface ImportSpec {
  from: string;
  names: (string | { name: string; typeOnly: true })[];
  typeOnly?: boolean;
}

export function writeImport(writer: CodeBlockWriter, spec: ImportSpec): void {
  const names = spec.names.map((name) => (typeof name === 'string' ? name : `type ${name.name}`));
  writer.writeLine(`import ${spec.typeOnly ? 'type ' : ''}{ ${names.join(', ')} } from ${JSON.stringify(spec.from)};`);
}

/** The finished file text, ending in exactly one newline. */
export function fileText(writer: CodeBlockWriter): string {
  return `${writer.toString().trimEnd()}\n`;
}
