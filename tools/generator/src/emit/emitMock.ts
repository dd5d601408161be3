import type { MethodModel } from '../model/SpecModel.js';
import { metaOf } from './metaOf.js';
import { emitDataModule } from './emitDataModule.js';
import type { GeneratedFiles } from './GeneratedFiles.js';

/** Mock target: the handler table (argument checks, paging, documented examples, returns schema). */
export function emitMock(models: MethodModel[]): GeneratedFiles {
  const handlers = Object.fromEntries(
    models.map((model) => {
      const { spec } = model;
      return [
        spec.method,
        {
          ...metaOf(model),
          returns: spec.returns,
          ...(spec.examples ? { examples: spec.examples } : {}),
          ...(spec.errors ? { errors: spec.errors } : {}),
        },
      ];
    }),
  );
  return new Map([
    [
      'handlers.ts',
      emitDataModule({ fileName: 'handlers.ts', name: 'handlerTable', type: 'Readonly<Record<string, MockMethodSpec>>', typeImport: { from: '../MockMethodSpec.js', names: ['MockMethodSpec'] }, value: handlers, doc: 'What the mock knows of every method, by wire name.' }),
    ],
  ]);
}
