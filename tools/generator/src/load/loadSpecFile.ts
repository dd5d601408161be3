import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { SpecDiagnostic } from './SpecDiagnostic.js';

/** One parsed spec file that keeps its YAML document, so later stages can point at a line and column. */
export interface LoadedSpecFile {
  /** Path as given (relative paths stay relative in messages). */
  file: string;
  data: unknown;
  /** Line and column of the node at a path inside the document (the nearest existing ancestor). */
  positionOf(path: readonly (string | number)[]): { line: number; col: number };
}

export function loadSpecFile(file: string, diagnostics: SpecDiagnostic[], text = readFileSync(file, 'utf8')): LoadedSpecFile | undefined {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const error of [...doc.errors, ...doc.warnings]) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    diagnostics.push({ file, line, col, message: `YAML: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) return undefined;
  const positionOf = (path: readonly (string | number)[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) {
        // Point at the key for mapping values, which is what a reader looks for.
        if (depth > 0) {
          const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
          const pair = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] }; value?: unknown }[] } | undefined)?.items?.find(
            (item) => item.value === node && item.key?.range,
          );
          if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]);
        }
        return lineCounter.linePos(range[0]);
      }
    }
    return { line: 1, col: 1 };
  };
  return { file, data: doc.toJS({ maxAliasCount: 100 }), positionOf };
}
