import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { SpecDiagnostic } from './SpecDiagnostic.js';
import { loadSpecFile } from './loadSpecFile.js';

const specsDir = fileURLToPath(new URL('../../../../specs/', import.meta.url));
const specFiles = readdirSync(specsDir).filter((name) => name.endsWith('.yaml'));

// The fast reader (js-yaml) serves valid files, the positional one (yaml) errors: they must agree.
describe('both YAML readers read every spec to the same data', () => {
  it.each(specFiles)('%s', (name) => {
    const text = readFileSync(join(specsDir, name), 'utf8');
    const diagnostics: SpecDiagnostic[] = [];
    const loaded = loadSpecFile(name, diagnostics, text);
    expect(diagnostics).toEqual([]);
    expect(loaded?.data).toEqual(parse(text, { uniqueKeys: true }));
  });
});

describe('positions come from the YAML document, built only when asked for', () => {
  const text = 'method: a.B.c\ntitle: t\nargs:\n  - name: x\n    schema: { type: string }\n';
  it.each([
    [['method'], { line: 1, col: 1 }],
    [['args', 0, 'name'], { line: 4, col: 5 }],
    [['args', 0, 'schema', 'type'], { line: 5, col: 15 }],
    [['nowhere', 3], { line: 1, col: 1 }],
  ] as const)('%j', (path, position) => {
    expect(loadSpecFile('a.B.c.yaml', [], text)!.positionOf(path)).toEqual(position);
  });

  it.each([
    ['an unclosed flow sequence', 'method: a.B.c\ntitle: [unclosed\n', /^a\.B\.c\.yaml:3:1: YAML:/],
    ['a duplicate key', 'method: a.B.c\nmethod: again\n', /^a\.B\.c\.yaml:2:1: YAML: Map keys must be unique/],
    ['a tab used as indentation', 'method: a.B.c\nargs:\n\t- x\n', /^a\.B\.c\.yaml:3:\d+: YAML:/],
  ])('a file with %s is refused with file:line:col', (_label, bad, expected) => {
    const diagnostics: SpecDiagnostic[] = [];
    expect(loadSpecFile('a.B.c.yaml', diagnostics, bad)).toBeUndefined();
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n')).toMatch(expected);
  });
});
