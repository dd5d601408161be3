import type { WdtItemError } from '@wdt-kit/client/bare';
import { visibleText } from './visibleText.js';

/** What exit 2 prints on stderr: the call ran, and these items failed (as many as fit a terminal). */
export function describePartialFailure(itemErrors: readonly WdtItemError[], limit = 20): string {
  // Server text, so control and escape characters are shown, never obeyed.
  const lines = itemErrors.slice(0, limit).map((error) => `  ${error.item !== undefined ? `${visibleText(error.item)}: ` : ''}${visibleText(error.message)}`);
  if (itemErrors.length > limit) lines.push(`  … and ${itemErrors.length - limit} more`);
  return `wdt: partial failure: the call succeeded but ${itemErrors.length} item(s) failed:\n${lines.join('\n')}\n`;
}
