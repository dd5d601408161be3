// Every name a spec may use either generates code that compiles and keeps every field, or is refused
// by --check with file:line:col: never a crash, never code that does not compile, never a lost field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from './generate.js';
import { SpecError } from './load/SpecDiagnostic.js';
import { compileGenerated } from './testing/compileGenerated.js';
import { specsFolder } from './testing/specFixtures.js';
import { CLIENT_MEMBER_NAMES } from './validate/checkCatalogNames.js';

const spec = (method: string, body: string) => `method: ${method}\ntitle: 测试\nidempotent: false\npaged: false\n${body}`;
const VOID = 'args: []\nreturns: null\n';

const refusedCases: [string, Record<string, string>, string][] = [
  ['a method named constructor', { 'demo.Thing.constructor.yaml': spec('demo.Thing.constructor', VOID) }, 'demo.Thing.constructor.yaml:1:1: method "demo.Thing.constructor": "constructor" cannot name'],
  ['a namespace named constructor', { 'demo.constructor.ping.yaml': spec('demo.constructor.ping', VOID) }, 'demo.constructor.ping.yaml:1:1: method "demo.constructor.ping": "constructor" cannot name'],
  ['a top-level namespace send', { 'send.Thing.ping.yaml': spec('send.Thing.ping', VOID) }, `send.Thing.ping.yaml:1:1: method "send.Thing.ping": the top-level namespace "send" would hide the client's own "send"`],
  ['a top-level namespace toString', { 'toString.Thing.ping.yaml': spec('toString.Thing.ping', VOID) }, 'the top-level namespace "toString" would hide'],
  ['a method that is also a namespace', { 'demo.Thing.get.yaml': spec('demo.Thing.get', VOID), 'demo.Thing.get.all.yaml': spec('demo.Thing.get.all', VOID) }, 'demo.Thing.get.yaml:1:1: method "demo.Thing.get" is also a namespace'],
  ['two names that derive the same function', { 'demo.stockIn.ping.yaml': spec('demo.stockIn.ping', VOID), 'demo.StockIn.ping.yaml': spec('demo.StockIn.ping', VOID) }, 'would both be generated as DemoStockInPing'],
  ['two namespaces that derive the same class', { 'demo.stockIn.a.yaml': spec('demo.stockIn.a', VOID), 'demoStock.in.b.yaml': spec('demoStock.in.b', VOID) }, 'would both be generated as DemoStockInApi'],
];

describe('names the client cannot carry are refused by --check', () => {
  it.each(refusedCases)('%s', (_label, files, expected) => {
    let diagnostics: string[] = [];
    try {
      loadModel(specsFolder(files));
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      diagnostics = error.diagnostics.map((d) => `${d.file.split('/').pop()}:${d.line}:${d.col}: ${d.message}`);
    }
    expect(diagnostics.join('\n')).toContain(expected);
  });

  it('knows every public member of the client that a top-level namespace could hide', async () => {
    const { WdtClient } = await import('../../../packages/client/src/WdtClient.js');
    const members = new Set<string>();
    for (let proto = WdtClient.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) members.add(name);
    }
    // The generated namespaces (wms, sales, …) are what the list protects, not members to protect.
    const generated = new Set(loadModel(join(import.meta.dirname, '../../../specs')).map((m) => m.segments[0]!));
    const own = [...members].filter((name) => name !== 'constructor' && !generated.has(name)).sort();
    expect([...CLIENT_MEMBER_NAMES].sort()).toEqual(own);
  });
});

const hostile = {
  'demo.Void.ping.yaml': spec('demo.Void.ping', VOID),
  'demo.Words.reserved.yaml': spec(
    'demo.Words.reserved',
    `args:
  - { name: if, required: true, schema: { type: string } }
  - { name: eval, required: true, schema: { type: integer } }
  - { name: arguments, required: true, schema: { type: boolean } }
  - { name: await, required: true, schema: { type: string } }
  - { name: if_, required: true, schema: { type: string } }
  - { name: options, required: true, schema: { type: string } }
  - name: params
    schema:
      type: object
      properties:
        __proto__: { type: string }
        constructor: { type: integer }
        if: { type: string }
returns:
  type: object
  properties:
    __proto__: { type: string }
    toString: { type: integer }
`,
  ),
  'demo.delete.new.yaml': spec('demo.delete.new', 'args:\n  - { name: class, required: true, schema: { type: string } }\nreturns: { type: array, items: { type: string } }\n'),
};

describe('reserved and special names generate code that compiles and keeps every field', async () => {
  const compiled = await compileGenerated(
    specsFolder(hostile),
    {
      'use.ts': `import { WdtGeneratedClient } from './client/src/generated/tree.js';
declare const wdt: WdtGeneratedClient;
export async function use(): Promise<void> {
  await wdt.demo.Void.ping();
  const result = await wdt.demo.Words.reserved('a', 1, true, 'b', 'c', 'd', { __proto__: 'x', constructor: 2, if: 'y' } as never);
  const proto: string | undefined = result.__proto__;
  const count: number | undefined = result.toString;
  void proto; void count;
  const list: string[] = await wdt.demo.delete.new('x');
  void list;
}
`,
    },
  );

  it('type-checks the client, the CLI table and the mock table under strict tsc', () => {
    expect(compiled.diagnostics).toBe('');
  });

  it('renames parameters that cannot be parameters and keeps their wire names in the body order', () => {
    const file = readFileSync(join(compiled.dir, 'client/src/generated/methods/demo.Words.reserved.ts'), 'utf8');
    expect(file).toContain('export type DemoWordsReservedArgs = [if_: Schemas[\'Arg0\'], eval_: Schemas[\'Arg1\'], arguments_: Schemas[\'Arg2\'], await_: Schemas[\'Arg3\'], if_: Schemas[\'Arg4\'], options_: Schemas[\'Arg5\'], params?: Schemas[\'Arg6\']];'.replace('if_: Schemas[\'Arg0\']', 'if__: Schemas[\'Arg0\']'));
    expect(file).toContain('"name": "if"');
  });

  it.each([
    ['the mock table', 'mock/src/generated/handlers/demo.Words.reserved.ts', (entry: any) => [entry.args[6].schema.properties, entry.returns.properties]],
    ['the CLI table', 'cli/src/generated/commands/demo.Words.reserved.ts', (entry: any) => [entry.args[6].schema.properties]],
    ['the client metadata', 'client/src/generated/methods/demo.Words.reserved.ts', (module: any) => [module.demoWordsReservedMeta.args[6].schema.properties]],
  ] as const)('keeps a field named __proto__ in %s', async (_label, path, propertiesOf) => {
    const module = await import(join(compiled.dir, path));
    for (const properties of propertiesOf(path.includes('client/') ? module : module.entry)) {
      expect(Object.keys(properties)).toContain('__proto__');
      expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    }
  });
});
