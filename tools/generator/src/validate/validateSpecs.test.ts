import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { specDiagnosticsOf } from '../testing/specDiagnosticsOf.js';
import { runWdtGenerate } from '../main.js';
import { pagedQuerySpec, scratchFolder, specsFolder } from '../testing/specFixtures.js';

const diagnosticsOf = specDiagnosticsOf;

const valid = (method: string, extra = '') => `method: ${method}\ntitle: 测试\nidempotent: false\npaged: false\nargs: []\nreturns: null\n${extra}`;

const malformedCases: [string, Record<string, string>, string][] = [
    ['bad YAML', { 'a.B.c.yaml': 'method: a.B.c\ntitle: [unclosed\n' }, 'a.B.c.yaml:3:1: YAML:'],
    ['duplicate key', { 'a.B.c.yaml': valid('a.B.c', 'title: again\n') }, 'a.B.c.yaml:7:1: YAML: Map keys must be unique'],
    ['unknown top-level key', { 'a.B.c.yaml': valid('a.B.c', 'pagination: true\n') }, 'a.B.c.yaml:7:1: unknown key "pagination" in spec'],
    ['missing required key', { 'a.B.c.yaml': 'method: a.B.c\ntitle: t\npaged: false\nargs: []\nreturns: null\n' }, 'a.B.c.yaml:1:1: spec is missing the required key "idempotent"'],
    ['wrong type', { 'a.B.c.yaml': valid('a.B.c').replace('idempotent: false', 'idempotent: "no"') }, 'a.B.c.yaml:3:1: idempotent must be boolean'],
    ['name that does not match the file', { 'a.B.c.yaml': valid('a.B.d') }, 'a.B.c.yaml:1:1: method "a.B.d" does not match the file name (expected "a.B.c")'],
    ['duplicate method', { 'a.B.c.yaml': valid('a.B.c'), 'sub.yaml': valid('a.B.c') }, 'duplicate method "a.B.c"'],
    ['bad method name', { 'abc.yaml': valid('abc') }, 'abc.yaml:1:1: method must match pattern'],
    ['unknown schema keyword', { 'a.B.c.yaml': valid('a.B.c').replace('args: []', 'args:\n  - name: x\n    schema: { type: string, minLenght: 2 }') }, 'a.B.c.yaml:7:29: unknown key "minLenght" in args.0.schema'],
    ['bad schema type', { 'a.B.c.yaml': valid('a.B.c').replace('args: []', 'args:\n  - name: x\n    schema: { type: str }') }, 'a.B.c.yaml:7:15: args.0.schema.type must be one of "string"'],
    ['required argument after an optional one', { 'a.B.c.yaml': valid('a.B.c').replace('args: []', 'args:\n  - name: x\n    schema: { type: string }\n  - name: y\n    required: true\n    schema: { type: string }') }, 'a.B.c.yaml:9:5: required argument "y" follows an optional one'],
    ['required field missing from properties', { 'a.B.c.yaml': valid('a.B.c').replace('returns: null', 'returns: { type: object, required: [a], properties: { b: { type: string } } }') }, 'required field "a" is not in properties'],
    ['dataWrapper key not an object of returns', { 'a.B.c.yaml': valid('a.B.c').replace('returns: null', 'returns: { type: object, properties: { b: { type: string } } }\ndataWrapper: { key: b, reason: the example nests the result }') }, 'dataWrapper key "b" is not an object property of returns'],
    ['dataWrapper on a paged method', { 'demo.Thing.search.yaml': `${pagedQuerySpec}\ndataWrapper: { key: order, reason: the example nests the result }\n` }, 'dataWrapper applies to non-paged methods only'],
    ['paged listKey not in returns', { 'demo.Thing.search.yaml': pagedQuerySpec.replace('listKey: order', 'listKey: orders') }, 'demo.Thing.search.yaml:5:3: listKey "orders" is not a property of returns'],
    ['time window field not in params', { 'demo.Thing.search.yaml': pagedQuerySpec.replace('end: end_time', 'end: finish_time') }, 'time window field "finish_time" is not a property of the first argument'],
    ['request example that does not fit the args', { 'demo.Thing.search.yaml': pagedQuerySpec.replace('end_time: "2024-01-02 00:00:00"', 'end_time: 5') }, 'request example does not fit args: args[0] (params).end_time: expected string, got integer'],
    ['bad maxSpan', { 'demo.Thing.search.yaml': pagedQuerySpec.replace('maxSpan: 30d', 'maxSpan: 30 days') }, 'timeWindow.maxSpan must match pattern'],
];

describe('malformed specs are reported as file:line:col with what is wrong', () => {
  it.each(malformedCases)('%s', (_label, files, expected) => {
    const diagnostics = diagnosticsOf(files);
    expect(diagnostics.join('\n')).toContain(expected);
    for (const d of diagnostics) expect(d).toMatch(/^[^:]+:\d+:\d+: /);
  });

  it('reports every problem, not just the first', () => {
    const diagnostics = diagnosticsOf({ 'a.B.c.yaml': valid('a.B.c', 'foo: 1\nbar: 2\n') });
    expect(diagnostics).toHaveLength(2);
  });

  it('accepts the seed specs and a paged query', () => {
    expect(diagnosticsOf({ 'demo.Thing.search.yaml': pagedQuerySpec })).toEqual([]);
  });
});

describe('wdt-generate exits non-zero on each malformed spec and leaves the earlier output intact', () => {
  // In process: the same function the binary runs (generate.test.ts spawns the binary once for its wiring).
  const generate = async (args: string[]) => {
    let stderr = '';
    const code = await runWdtGenerate(args, { stdout: () => {}, stderr: (text) => (stderr += text) });
    return { code, stderr };
  };
  it.each(malformedCases)('%s', async (_label, files, expected) => {
    const good = specsFolder({}, { withSeeds: true });
    const out = join(scratchFolder('out-'), 'generated');
    expect((await generate(['--target', 'cli', '--out', out, '--specs', good])).code).toBe(0);
    const before = readFileSync(join(out, 'commands.ts'), 'utf8');
    for (const [name, text] of Object.entries(files)) writeFileSync(join(good, name), text);
    const failed = await generate(['--target', 'cli', '--out', out, '--specs', good]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(expected);
    expect(failed.stderr).toMatch(/^\S+\.yaml:\d+:\d+: /m);
    expect(failed.stderr).toContain('nothing was written');
    expect(readFileSync(join(out, 'commands.ts'), 'utf8')).toBe(before);
  });
});
