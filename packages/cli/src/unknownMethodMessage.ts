import { closestNames } from './closestNames.js';
import type { CommandSpec } from './CommandSpec.js';
import { shownName } from './shownName.js';

/** "X is not in the catalog; did you mean …?" with the closest method names. */
export function unknownMethodMessage(name: string, catalog: readonly CommandSpec[]): string {
  const closest = closestNames(name, catalog.map((c) => c.method));
  return `${shownName(name, 'that method')} is not in the catalog of ${catalog.length} methods${closest.length > 0 ? `; did you mean ${closest.join(', ')}?` : ' (wdt list --search <words> finds one)'}`;
}
