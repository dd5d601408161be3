import { UsageError } from './exitCodes.js';
import { shownName } from './shownName.js';

/** A completion script for commands and method names, for `eval "$(wdt completion bash)"` and the like. */
export function completionScript(shell: string, words: readonly string[]): string {
  const list = words.join(' ');
  switch (shell) {
    case 'bash':
      return `# wdt completion for bash: eval "$(wdt completion bash)"\n_wdt_complete() {\n  if [ "$COMP_CWORD" -eq 1 ] || [ "\${COMP_WORDS[1]}" = describe ] || [ "\${COMP_WORDS[1]}" = call ]; then\n    COMPREPLY=( $(compgen -W "${list}" -- "\${COMP_WORDS[COMP_CWORD]}") )\n  fi\n}\ncomplete -o default -F _wdt_complete wdt\n`;
    case 'zsh':
      return `#compdef wdt\n# wdt completion for zsh: eval "$(wdt completion zsh)"\n_wdt() {\n  local -a words_list\n  words_list=(${words.map((w) => `'${w}'`).join(' ')})\n  if (( CURRENT == 2 )) || [[ $words[2] == (describe|call) ]]; then\n    compadd -a words_list\n  else\n    _files\n  fi\n}\ncompdef _wdt wdt\n`;
    case 'fish':
      return `# wdt completion for fish: wdt completion fish | source\ncomplete -c wdt -f -n '__fish_use_subcommand' -a '${list}'\ncomplete -c wdt -f -n '__fish_seen_subcommand_from describe call' -a '${list}'\n`;
    default:
      throw new UsageError(`completion: unknown shell ${shownName(shell, '(not shown)')}; bash, zsh or fish`);
  }
}
