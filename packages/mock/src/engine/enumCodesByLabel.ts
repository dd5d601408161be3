import type { FieldSchema } from '@wdt-kit/core';
import type { MockMethodSpec } from '../MockMethodSpec.js';

/**
 * An enum of a method's answer as label -> code (`{ 已取消: 10, 编辑中: 20 }`), read from the spec's
 * `enum` and `x-enumLabels` at a dotted path under `returns` (lists are stepped through): the status
 * tables of the hand-written stores come from the specs, never copied by hand.
 */
export function enumCodesByLabel(spec: MockMethodSpec, path: string): Readonly<Record<string, number>> {
  let at: FieldSchema | undefined = spec.returns ?? undefined;
  for (const step of path.split('.')) {
    const object: FieldSchema | undefined = at?.properties ? at : at?.items;
    at = object?.properties?.[step];
  }
  const labels = at?.['x-enumLabels'];
  if (!at?.enum || !labels) throw new Error(`${spec.method}: returns.${path} has no labelled enum`);
  return Object.fromEntries(at.enum.filter((code): code is number => typeof code === 'number' && String(code) in labels).map((code) => [labels[String(code)]!, code]));
}
