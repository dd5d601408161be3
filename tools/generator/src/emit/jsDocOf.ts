import type { MethodModel } from '../model/SpecModel.js';

/** Escapes text for a JSDoc block (a stray `*\/` would end the comment). */
export const docText = (text: string) => text.replace(/\*\//g, '*\\/');

/** The JSDoc of a method: Chinese title and description, each argument, notes, version and link. */
export function jsDocOf(model: MethodModel, { withOptions }: { withOptions: boolean }): string {
  const { spec } = model;
  const lines = [`${spec.title}（\`${spec.method}\`）`];
  if (spec.description && spec.description !== spec.title) lines.push('', spec.description);
  for (const note of spec.notes ?? []) lines.push('', `注意：${note}`);
  if (spec.timeWindow?.maxSpan) lines.push('', `时间跨度：${spec.timeWindow.start}..${spec.timeWindow.end} 最大 ${spec.timeWindow.maxSpan}`);
  lines.push('');
  for (const [i, arg] of spec.args.entries()) {
    const label = [arg.title, arg.description && arg.description !== arg.title ? arg.description : undefined].filter(Boolean).join(' — ');
    const wireName = model.parameterNames[i] === arg.name ? '' : `（字段 ${arg.name}）`;
    lines.push(`@param ${model.parameterNames[i]} ${label}${wireName}${arg.required ? '' : '（可选）'}`);
  }
  if (spec.paged) lines.push('@param pager 分页：pageSize, pageNo (从0开始), calcTotal');
  if (withOptions) lines.push('@param options signal, timeoutMs, validate');
  if (spec.minClientVersion) lines.push(`@remarks 适用版本：客户端 ${spec.minClientVersion} 及以上`);
  if (spec.docUrl) lines.push(`@see ${spec.docUrl}`);
  if (spec.deprecated) lines.push(`@deprecated ${typeof spec.deprecated === 'string' ? spec.deprecated : 'delisted from the official menu'}`);
  return docText(lines.join('\n'));
}
