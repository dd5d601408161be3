import type { FieldSchema } from '@wdt-kit/core';
import type { MethodSpec } from '@wdt-kit/core';

type Report = (path: (string | number)[], message: string) => void;

/**
 * A `partialFailure` locator must point at something `returns` declares (for `data…` paths), name
 * fields its rows or object have, and come with the messages it reports (`itemErrors`), and the other
 * way round: documented item errors need a locator, or the CLI and the client cannot see them.
 */
export function checkPartialFailure(spec: MethodSpec, report: Report): void {
  const locator = spec.partialFailure;
  if (!locator) {
    if (spec.itemErrors?.length) report(['itemErrors'], 'itemErrors need a partialFailure locator saying where the answer reports them');
    return;
  }
  if (!spec.itemErrors?.length) report(['partialFailure'], 'partialFailure needs the messages it reports, under itemErrors');
  if (locator.shape === 'flag' && !locator.flag && locator.message === undefined) report(['partialFailure'], 'a flag locator needs a flag or a message field');
  if (locator.shape !== 'flag' && locator.flag) report(['partialFailure', 'flag'], `flag applies to shape flag, not ${locator.shape}`);
  if (locator.flag && (locator.flag.in === undefined) === (locator.flag.notIn === undefined)) report(['partialFailure', 'flag'], 'a flag lists either the values that mean failure (in) or those that mean success (notIn)');
  if (!locator.at.startsWith('data')) return;
  let schema: FieldSchema | null | undefined = spec.returns;
  for (const field of locator.at.split('.').slice(1)) {
    schema = schema?.properties?.[field];
    if (!schema) {
      report(['partialFailure', 'at'], `partialFailure.at "${locator.at}": returns has no field "${field}"`);
      return;
    }
  }
  const fieldsOf = locator.shape === 'list' ? schema?.items?.properties : schema?.properties;
  for (const role of ['key', 'message'] as const) {
    const name = locator[role];
    if (name !== undefined && fieldsOf && !(name in fieldsOf)) report(['partialFailure', role], `partialFailure.${role} "${name}" is not a field of ${locator.at}${locator.shape === 'list' ? '[]' : ''}`);
  }
  if (locator.flag && fieldsOf && !(locator.flag.field in fieldsOf)) report(['partialFailure', 'flag', 'field'], `partialFailure.flag.field "${locator.flag.field}" is not a field of ${locator.at}`);
}
