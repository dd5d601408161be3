import { isIdempotent } from './draftSpec.ts';
import type { MethodSpec, RepeatSpec } from './specTypes.ts';

/** The effects of a repeat that leave the server's state as one call left it (specs/README.md, Idempotency). */
export const HARMLESS_REPEATS: ReadonlySet<RepeatSpec['effect']> = new Set(['upsert', 'same-state', 'rejects-duplicate']);

function fieldNames(spec: Pick<MethodSpec, 'args'>): Set<string> {
  const names = new Set<string>();
  const visit = (schema: MethodSpec['args'][number]['schema'] | undefined) => {
    if (!schema) return;
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      names.add(name);
      visit(property);
    }
    visit(schema.items);
  };
  for (const arg of spec.args) {
    names.add(arg.name);
    visit(arg.schema);
  }
  return names;
}

/**
 * Where a spec breaks the idempotency rule: a query (no `repeat`) is idempotent and reads by its
 * name or title; a write says what a repeat does (`repeat`), is idempotent exactly when that leaves
 * the state as one call left it, and keys it by fields it sends.
 */
export function repeatRuleIssues(spec: Pick<MethodSpec, 'method' | 'title' | 'paged' | 'idempotent' | 'repeat' | 'args'>): string[] {
  const issues: string[] = [];
  if (spec.repeat === undefined) {
    if (!isIdempotent(spec.method, spec.title, spec.paged !== false)) issues.push('a write (its name and title do not read as a query) must say what a repeat does (repeat)');
    if (!spec.idempotent) issues.push('a query is idempotent: a repeat changes nothing');
    return issues;
  }
  const harmless = HARMLESS_REPEATS.has(spec.repeat.effect);
  if (spec.idempotent !== harmless) issues.push(`repeat.effect ${spec.repeat.effect} makes it ${harmless ? '' : 'not '}idempotent, but idempotent is ${spec.idempotent}`);
  const names = fieldNames(spec);
  for (const key of spec.repeat.key ?? []) if (!names.has(key)) issues.push(`repeat.key ${key} is not a field of the arguments`);
  return issues;
}
