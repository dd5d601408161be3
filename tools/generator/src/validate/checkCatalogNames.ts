import type { LoadedSpecFile } from '../load/loadSpecFile.js';
import type { SpecDiagnostic } from '../load/SpecDiagnostic.js';
import type { MethodSpec } from '@wdt-kit/core';

/**
 * Members of the client a top-level namespace getter would shadow (`wdt.send` must stay the runtime's
 * `send`). generate.test.ts checks this list against the client's prototype chain.
 */
export const CLIENT_MEMBER_NAMES: readonly string[] = [
  'baseUrl',
  'call',
  'callPage',
  'clockOffsetMs',
  'invoke',
  'invokePage',
  'paginate',
  'paginateRange',
  'request',
  'send',
  'withOptions',
];
const OBJECT_MEMBER_NAMES = Object.getOwnPropertyNames(Object.prototype);

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Names in the catalog that cannot all become members of the generated tree: a segment named
 * `constructor`, a top-level namespace that would shadow a client member, a method that is also a
 * namespace (`a.B.c` and `a.B.c.d`), and two wire names that derive the same TypeScript name
 * (`wms.stockIn.x` and `wms.StockIn.x`). Each is refused with the spec's file, line and column.
 */
export function checkCatalogNames(files: readonly LoadedSpecFile<MethodSpec>[], diagnostics: SpecDiagnostic[]): void {
  const report = (file: LoadedSpecFile<MethodSpec>, message: string) => diagnostics.push({ file: file.file, ...file.positionOf(['method']), message });
  const methods = new Map<string, LoadedSpecFile<MethodSpec>>();
  const namespaces = new Set<string>();
  const derived = new Map<string, string>();
  for (const file of files) {
    const method = file.data.method;
    const segments = method.split('.');
    methods.set(method, file);
    for (let i = 1; i < segments.length; i++) namespaces.add(segments.slice(0, i).join('.'));
    if (segments.includes('constructor')) report(file, `method "${method}": "constructor" cannot name a namespace or a method of the client`);
    if (CLIENT_MEMBER_NAMES.includes(segments[0]!) || OBJECT_MEMBER_NAMES.includes(segments[0]!)) {
      report(file, `method "${method}": the top-level namespace "${segments[0]}" would hide the client's own "${segments[0]}"`);
    }
    // The function (camelCase) and the type prefix (PascalCase) of a method, and the class of each namespace.
    const names = [segments.map(pascal).join(''), ...segments.slice(0, -1).map((_, i) => `${segments.slice(0, i + 1).map(pascal).join('')}Api`)];
    for (const [i, name] of names.entries()) {
      const owner = i === 0 ? `method ${method}` : `namespace ${segments.slice(0, i).join('.')}`;
      const other = derived.get(name);
      if (other !== undefined && other !== owner) report(file, `${owner} and ${other} would both be generated as ${name}`);
      else derived.set(name, owner);
    }
  }
  for (const [method, file] of methods) {
    if (namespaces.has(method)) report(file, `method "${method}" is also a namespace of other methods (${method}.…): one name cannot be both`);
  }
}
