import type { CommandSpec } from './CommandSpec.js';

/** A method's group: the first segment of its name (`wms` for wms.stockin.PreStockin.cancel). */
export const groupOf = (method: string): string => method.split('.')[0]!;

/** The methods by group, groups in alphabetical order. */
export function methodGroups(commands: readonly CommandSpec[]): Map<string, CommandSpec[]> {
  const groups = new Map<string, CommandSpec[]>();
  for (const command of [...commands].sort((a, b) => a.method.localeCompare(b.method))) {
    const group = groupOf(command.method);
    groups.set(group, [...(groups.get(group) ?? []), command]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** The groups with their counts in columns, for `wdt --help`: a few lines however many methods. */
export function formatGroupSummary(commands: readonly CommandSpec[], width = 80): string {
  const cells = [...methodGroups(commands)].map(([group, members]) => `${group} (${members.length})`);
  const cellWidth = Math.max(...cells.map((c) => c.length)) + 3;
  const perLine = Math.max(1, Math.floor((width - 2) / cellWidth));
  const lines: string[] = [];
  for (let i = 0; i < cells.length; i += perLine) lines.push(`  ${cells.slice(i, i + perLine).map((c) => c.padEnd(cellWidth)).join('').trimEnd()}`);
  return lines.join('\n');
}

/** One line per method: name, Chinese title, and whether it is paged. */
export function formatMethodList(commands: readonly CommandSpec[]): string {
  const nameWidth = Math.max(...commands.map((c) => c.method.length));
  return commands.map((c) => `${c.method.padEnd(nameWidth)}  ${c.title}${c.paged ? '  (分页)' : ''}`).join('\n') + '\n';
}

/** Methods whose name, title, description or category contain every word of the search (any case). */
export function searchMethods(commands: readonly CommandSpec[], search: string): CommandSpec[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((c) => {
    const text = [c.method, c.title, c.description ?? '', c.category ?? ''].join(' ').toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
