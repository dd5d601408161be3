import type { MethodModel } from '../model/SpecModel.js';
import { emitDataTable } from './emitDataTable.js';
import type { GeneratedFiles } from './GeneratedFiles.js';
import { metaOf, stripDocs } from './metaOf.js';

/** Mock target: the handler table (argument checks, paging, documented examples, returns schema). */
export function emitMock(models: readonly MethodModel[]): GeneratedFiles {
  return emitDataTable(
    {
      folder: 'handlers',
      name: 'handlerTable',
      entryType: 'MockMethodSpec',
      typeFrom: '../MockMethodSpec.js',
      shape: 'record',
      doc: 'What the mock knows of every method, by wire name.',
      entryOf: (model) => ({
        ...metaOf(model),
        // The mock generates data from shapes; titles and descriptions are for people (the client's JSDoc).
        // Enum labels stay: the hand-written stores read their status tables from them.
        returns: stripDocs(model.spec.returns, ['x-enumLabels']),
        ...(model.spec.examples ? { examples: model.spec.examples } : {}),
        ...(model.spec.errors ? { errors: model.spec.errors } : {}),
        ...(model.spec.itemErrors ? { itemErrors: model.spec.itemErrors } : {}),
        // The declared effect on the mock's world, run by the engine (packages/mock/src/engine).
        ...(model.spec.mock ? { mock: model.spec.mock } : {}),
      }),
    },
    models,
  );
}
