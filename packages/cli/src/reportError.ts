import { CommanderError } from 'commander';
import { WdtApiError, WdtConfigError, WdtResponseError, WdtTransportError, WdtValidationError } from '@wdt-kit/client/bare';
import type { CliIo } from './CliIo.js';
import { UnprintableAnswerError } from './checkPrintable.js';
import { API_ERROR_HINTS } from './errorHints.js';
import { EXIT, UsageError } from './exitCodes.js';
import { redactSecrets } from './redactSecrets.js';
import { usageMessageOf } from './usageMessageOf.js';
import { visibleText } from './visibleText.js';

/** What the error report may mention besides the error: where the call went, which secrets to scrub. */
export interface ErrorContext {
  secrets: readonly string[];
  /** The endpoint of the call, once credentials were resolved (named in connection errors). */
  endpoint?: string;
  /** The command whose help to point at after a usage error, e.g. `wdt list`. */
  helpFor?: string;
  /** Long option names of the program and its commands, to suggest one for a misspelt option. */
  optionNames?: readonly string[];
}

/**
 * One line per fact on stderr and the documented exit code; never a stack trace, never the secret.
 * Every line is shown with its control characters escaped: messages carry server text.
 */
export function reportError(error: unknown, io: CliIo, context: ErrorContext): number {
  const say = (line: string) => io.stderr.write(`wdt: ${redactSecrets(visibleText(line), context.secrets)}\n`);
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT.ok;
    say(`${usageMessageOf(error, context.optionNames)} (${context.helpFor ?? 'wdt'} --help for usage)`);
    return EXIT.usage;
  }
  if (error instanceof UsageError || error instanceof WdtValidationError || error instanceof WdtConfigError) {
    say(error.message);
    return EXIT.usage;
  }
  if (error instanceof WdtApiError) {
    say(`${error.method}: status ${error.status} (${error.kind}): ${error.apiMessage}`);
    const hint = API_ERROR_HINTS[error.kind];
    if (hint) say(`hint: ${hint}`);
    return EXIT.apiError;
  }
  if (error instanceof WdtTransportError) {
    // The outcome gets its own line; the endpoint is named, as "connection refused" alone did not say where.
    const message = error.message.replace(/ \(outcome unknown: [^)]*\)$/, '');
    say(`${message}${context.endpoint ? ` (endpoint ${context.endpoint})` : ''}${error.attempts > 1 ? ` after ${error.attempts} attempts` : ''}`);
    if (error.outcomeUnknown) say('outcome unknown: the write may have been executed; check before repeating it');
    return EXIT.transport;
  }
  if (error instanceof WdtResponseError || error instanceof UnprintableAnswerError) {
    say(error.message);
    return EXIT.transport;
  }
  say(`unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT.transport;
}
