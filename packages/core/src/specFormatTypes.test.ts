// The spec format has one definition, specs/spec.schema.json; its TypeScript types are derived from it
// (scripts/emitSpecFormat.mjs). Regression: they used to be restated by hand in the generator, the
// drafter, core, the mock and the CLI (timeWindow four times), and drifted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SPEC_FORMAT_TYPES = ['MethodSpec', 'FieldSchema', 'ArgSpec', 'PagedSpec', 'TimeWindowSpec', 'ExamplesSpec', 'ErrorEnvelopeSpec', 'ItemErrorSpec', 'PartialFailureSpec', 'SchemaType', 'RawSpec'];
const declaration = new RegExp(`\\b(?:interface|type)\\s+(${SPEC_FORMAT_TYPES.join('|')})\\b\\s*(?:=\\s*\\{|\\{|=\\s*'|extends)`);

function sourceFiles(): string[] {
  return ['packages', 'tools'].flatMap((top) =>
    readdirSync(join(repoRoot, top), { recursive: true })
      .map((file) => join(top, String(file)))
      .filter((file) => file.endsWith('.ts') && !file.includes('node_modules') && !file.includes('/dist/') && !file.includes('/generated/') && !file.includes('/fixtures/')),
  );
}

describe('the spec format types', () => {
  it('are declared only in the file derived from the schema', () => {
    const restated = sourceFiles().filter((file) => declaration.test(readFileSync(join(repoRoot, file), 'utf8')));
    expect(restated).toEqual([]);
  });

  it('name every definition of the schema', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'specs/spec.schema.json'), 'utf8'));
    const generated = readFileSync(join(repoRoot, 'packages/core/src/generated/specFormat.ts'), 'utf8');
    for (const definition of Object.values(schema.$defs) as { title: string }[]) expect(generated).toMatch(new RegExp(`export (interface|type) ${definition.title}\\b`));
    expect(generated).toMatch(/export interface MethodSpec\b/);
  });
});
