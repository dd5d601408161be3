import type { MethodModel } from '../model/SpecModel.js';
import { emitDataTable } from './emitDataTable.js';
import { withoutDeviations } from './withoutDeviations.js';
import type { GeneratedFiles } from './GeneratedFiles.js';

/** CLI target: the command table (one entry per method: help text, arguments, example). */
export function emitCli(models: readonly MethodModel[]): GeneratedFiles {
  return emitDataTable(
    {
      folder: 'commands',
      name: 'commandTable',
      entryType: 'CommandSpec',
      typeFrom: '../CommandSpec.js',
      shape: 'list',
      doc: 'One command per spec, sorted by method.',
      entryOf: ({ spec }) => ({
        method: spec.method,
        title: spec.title,
        ...(spec.description ? { description: spec.description } : {}),
        ...(spec.category ? { category: spec.category } : {}),
        ...(spec.minClientVersion ? { minClientVersion: spec.minClientVersion } : {}),
        ...(spec.docUrl ? { docUrl: spec.docUrl } : {}),
        ...(spec.notes ? { notes: spec.notes } : {}),
        ...(spec.deprecated ? { deprecated: spec.deprecated } : {}),
        idempotent: spec.idempotent,
        // A write says what a repeat does (repeat); the CLI confirms writes to production, idempotent or not.
        writes: spec.repeat !== undefined,
        paged: spec.paged,
        ...(spec.timeWindow ? { timeWindow: spec.timeWindow } : {}),
        args: withoutDeviations(spec.args),
        ...(spec.partialFailure ? { partialFailure: spec.partialFailure } : {}),
        ...(spec.examples?.request ? { example: spec.examples.request } : {}),
      }),
    },
    models,
  );
}
