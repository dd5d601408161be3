import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { KeyedCache } from '../cache/KeyedCache.js';
import { CORE_SCHEMA, load as loadYamlFast, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { SpecDiagnostic } from './SpecDiagnostic.js';

/** One parsed spec file; later stages can point at a line and column of any path inside it. */
export interface LoadedSpecFile<Data = unknown> {
  /** Path as given (relative paths stay relative in messages). */
  file: string;
  data: Data;
  /** Line and column of the node at a path inside the document (the nearest existing ancestor). */
  positionOf(path: readonly (string | number)[]): { line: number; col: number };
  /** Read from the cache: this very text passed the schema check of the same schema before. */
  matchedSchemaBefore?: boolean;
  /** Keeps this file's parsed data in the cache (called once the whole catalog has validated). */
  remember?: () => void;
}

/** The cache of parsed files, and what its keys also depend on (the schema the files were checked against). */
export interface ParsedSpecCache {
  cache: KeyedCache;
  salt: string;
}

/**
 * Two readers of the same YAML 1.2 core schema: js-yaml reads a valid file about ten times faster,
 * which is what keeps `wdt-generate --check` quick over the whole catalog; the `yaml` document, which
 * keeps every node's position, is built only when something needs a position (a YAML error, a
 * schema or semantic diagnostic). A test checks that both read every spec to the same data.
 */
export function loadSpecFile(file: string, diagnostics: SpecDiagnostic[], text = readFileSync(file, 'utf8'), parsed?: ParsedSpecCache): LoadedSpecFile | undefined {
  // A file whose very text passed before (under the same schema) is taken as it was parsed then, as
  // JSON text: the model built from it must not change what is kept.
  const key = parsed && createHash('sha1').update(`${parsed.salt}\0${text}`).digest('hex');
  const cached = key === undefined ? undefined : parsed!.cache.get(key);
  let data: unknown;
  if (cached !== undefined) data = JSON.parse(cached);
  else {
    try {
      data = loadYamlFast(text, { schema: CORE_SCHEMA, filename: file });
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      return loadWithPositions(file, text, diagnostics, error);
    }
  }
  const remember = key === undefined ? undefined : () => parsed!.cache.set(key, cached ?? JSON.stringify(data));
  let located: LocatedDocument | undefined;
  const positionOf = (path: readonly (string | number)[]) => (located ??= locate(text)).positionOf(path);
  return { file, data, positionOf, ...(cached !== undefined ? { matchedSchemaBefore: true } : {}), ...(remember ? { remember } : {}) };
}

interface LocatedDocument {
  doc: Document;
  lineCounter: LineCounter;
  positionOf(path: readonly (string | number)[]): { line: number; col: number };
}

/** The slow path for a file js-yaml refused: `yaml` names the problem; js-yaml's mark if it sees none. */
function loadWithPositions(file: string, text: string, diagnostics: SpecDiagnostic[], fastError: YAMLException): LoadedSpecFile | undefined {
  const located = locate(text);
  const problems = [...located.doc.errors, ...located.doc.warnings];
  for (const problem of problems) {
    const { line, col } = located.lineCounter.linePos(problem.pos[0]);
    diagnostics.push({ file, line, col, message: `YAML: ${problem.message.split('\n')[0]}` });
  }
  if (problems.length === 0) {
    diagnostics.push({ file, line: fastError.mark.line + 1, col: fastError.mark.column + 1, message: `YAML: ${fastError.reason}` });
  }
  return undefined;
}

function locate(text: string): LocatedDocument {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
  return { doc, lineCounter, positionOf };
}
