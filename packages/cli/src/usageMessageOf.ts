import type { CommanderError } from 'commander';
import { closestNames } from './closestNames.js';
import { shownName } from './shownName.js';

const OPTION_NAME = /^--?[A-Za-z][\w-]{0,40}$/;

/**
 * Commander's error as one line that quotes no value. Commander quotes what was typed (`unknown
 * option '--app-secrets=…'`, `argument 'x' is invalid`), and what was typed may be the secret; so
 * each message is rebuilt from its code, keeping only option and command names.
 */
export function usageMessageOf(error: CommanderError, optionNames: readonly string[] = []): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(error.message)?.[1];
  const didYouMean = suggestion && OPTION_NAME.test(suggestion.trim()) ? ` (did you mean ${suggestion.trim()}?)` : '';
  switch (error.code) {
    case 'commander.unknownOption': {
      const name = quoted.split('=')[0]!;
      // A secret typed as an option (--abcdef0123…) is not an option name either.
      if (!OPTION_NAME.test(name) || shownName(name.replace(/^-+/, ''), '') === '') return 'unknown option (not shown: it does not look like an option name)';
      // Commander suggests nothing for --app-secrets=…; the closest known name helps.
      const closest = didYouMean ? [] : closestNames(name, optionNames, 1);
      return `unknown option ${name}${didYouMean || (closest.length > 0 ? ` (did you mean ${closest[0]}?)` : '')}`;
    }
    case 'commander.unknownCommand':
      return `unknown command ${shownName(quoted, '(not shown)')}: not a method or a built-in command`;
    case 'commander.optionMissingArgument':
    case 'commander.missingArgument':
    case 'commander.missingMandatoryOptionValue':
      return error.message.replace(/^error: /, '');
    case 'commander.excessArguments':
      return `too many arguments${/for '([\w.-]+)'/.test(error.message) ? ` for ${/for '([\w.-]+)'/.exec(error.message)![1]}` : ''}`;
    case 'commander.invalidArgument': {
      const option = /option '([^']+)'/.exec(error.message)?.[1];
      return `invalid value for ${option ?? 'an argument'}`;
    }
    case 'commander.help':
      return 'a command or method is needed';
    default:
      return 'invalid command line';
  }
}
