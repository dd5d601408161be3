import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { MethodSpec } from '@wdt-kit/core';
import type { LoadedSpecFile } from '../load/loadSpecFile.js';
import type { SpecDiagnostic } from '../load/SpecDiagnostic.js';

const pointerToPath = (pointer: string) =>
  pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));

function describe(error: ErrorObject): { path: (string | number)[]; message: string } {
  const path = pointerToPath(error.instancePath);
  const where = error.instancePath === '' ? 'spec' : error.instancePath.slice(1).replace(/\//g, '.');
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      return { path: [...path, key], message: `unknown key "${key}" in ${where}` };
    }
    case 'required':
      return { path, message: `${where} is missing the required key "${(error.params as { missingProperty: string }).missingProperty}"` };
    case 'enum':
      return { path, message: `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    default:
      return { path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/** Checks every file against specs/spec.schema.json, the same schema editors use for completion. */
export function createSchemaValidator(schemaFile: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('uri', /^https?:\/\/\S+$/);
  // A type guard: a file that passes is a MethodSpec, the type derived from the same schema (no cast).
  const validate = ajv.compile<MethodSpec>(JSON.parse(readFileSync(schemaFile, 'utf8')));
  return (spec: LoadedSpecFile, diagnostics: SpecDiagnostic[]): spec is LoadedSpecFile<MethodSpec> => {
    if (validate(spec.data)) return true;
    const errors = validate.errors ?? [];
    // oneOf/anyOf wrappers repeat what their branches said; a branch error at a deeper path is more useful.
    const specific = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
    // Failed oneOf branches each explain themselves at the same place; the first branch says enough.
    const branchSeen = new Set<string>();
    const oneBranchEach = specific.filter((e) => {
      if (!e.schemaPath.includes('/oneOf/')) return true;
      if (branchSeen.has(e.instancePath)) return false;
      branchSeen.add(e.instancePath);
      return true;
    });
    const described = (oneBranchEach.length > 0 ? oneBranchEach : errors).map(describe);
    const key = (path: (string | number)[]) => path.join('\u0000');
    const isAncestorOfAnother = (path: (string | number)[]) =>
      described.some((other) => other.path.length > path.length && key(other.path.slice(0, path.length)) === key(path));
    const seen = new Set<string>();
    for (const { path, message } of described) {
      if (seen.has(message) || isAncestorOfAnother(path)) continue;
      seen.add(message);
      diagnostics.push({ file: spec.file, ...spec.positionOf(path), message });
    }
    return false;
  };
}
