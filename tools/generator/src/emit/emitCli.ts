import type { MethodModel } from '../model/SpecModel.js';
import { emitDataModule } from './emitDataModule.js';
import type { GeneratedFiles } from './GeneratedFiles.js';

/** CLI target: the command table (one entry per method: help text, arguments, example). */
export function emitCli(models: MethodModel[]): GeneratedFiles {
  const commands = models.map(({ spec }) => ({
    method: spec.method,
    title: spec.title,
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.category ? { category: spec.category } : {}),
    ...(spec.minClientVersion ? { minClientVersion: spec.minClientVersion } : {}),
    ...(spec.docUrl ? { docUrl: spec.docUrl } : {}),
    ...(spec.notes ? { notes: spec.notes } : {}),
    ...(spec.deprecated ? { deprecated: spec.deprecated } : {}),
    idempotent: spec.idempotent,
    paged: spec.paged,
    ...(spec.timeWindow ? { timeWindow: spec.timeWindow } : {}),
    args: spec.args,
    ...(spec.examples?.request ? { example: spec.examples.request } : {}),
  }));
  return new Map([
    [
      'commands.ts',
      emitDataModule({ fileName: 'commands.ts', name: 'commandTable', type: 'readonly CommandSpec[]', typeImport: { from: '../CommandSpec.js', names: ['CommandSpec'] }, value: commands, doc: 'One command per spec, sorted by method.' }),
    ],
  ]);
}
