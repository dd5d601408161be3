import type { FieldSchema } from '@wdt-kit/core';
import type { CommandSpec } from './CommandSpec.js';

/** A schema's type as a person reads it: `string`, `integer`, `string[]`, `object`, `decimal`. */
export function typeLabel(schema: FieldSchema): string {
  if (schema.format === 'decimal') return 'decimal';
  const types = schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : [...schema.type];
  if (types.includes('array')) return `${schema.items ? typeLabel(schema.items) : 'any'}[]`;
  return types.join('|') || 'any';
}

/** The help text after the usage line: arguments with type and whether required, notes, example. */
export function helpDetails(spec: CommandSpec): string {
  const lines: string[] = [];
  lines.push('', `${spec.title}${spec.description && spec.description !== spec.title ? `: ${spec.description}` : ''}`);
  if (spec.deprecated) lines.push(`Deprecated${typeof spec.deprecated === 'string' ? `: ${spec.deprecated}` : ''}`);
  lines.push('', 'Arguments (in body order):');
  for (const arg of spec.args) {
    lines.push(`  ${arg.name}  ${typeLabel(arg.schema)}${arg.required ? ', required' : ', optional'}${arg.title ? `  ${arg.title}` : ''}${arg.description && arg.description !== arg.title ? ` — ${arg.description}` : ''}`);
    for (const [name, field] of Object.entries(arg.schema.properties ?? {})) {
      const required = arg.schema.required?.includes(name) ? ', required' : '';
      lines.push(`      .${name}  ${typeLabel(field)}${required}${field.title ? `  ${field.title}` : ''}`);
    }
  }
  if (spec.paged) lines.push('', 'Paged query: use --page-size/--page-no/--calc-total, or --all to stream every item.');
  if (spec.timeWindow?.maxSpan) lines.push(`Time window: ${spec.timeWindow.start}..${spec.timeWindow.end} at most ${spec.timeWindow.maxSpan}.`);
  for (const note of spec.notes ?? []) lines.push(`Note: ${note}`);
  if (spec.minClientVersion) lines.push(`Minimum client version: ${spec.minClientVersion}`);
  if (spec.example) lines.push('', 'Example (the doc page request):', `  wdt call ${spec.method} '${JSON.stringify(spec.example)}'`);
  if (spec.docUrl) lines.push('', `Docs: ${spec.docUrl}`);
  return `${lines.join('\n')}\n`;
}
