import type { MethodModel } from '../../model/SpecModel.js';
import { createWriter, fileText, writeDoc, writeImport } from '../typescriptWriter.js';
import { iteratorParamsOf, namesOf, parameterListOf, parametersOf, returnTypeOf } from './emitMethodFile.js';

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface TreeNode {
  path: string[];
  children: Map<string, TreeNode>;
  methods: MethodModel[];
}

function buildTree(models: readonly MethodModel[]): TreeNode {
  const root: TreeNode = { path: [], children: new Map(), methods: [] };
  for (const model of models) {
    let node = root;
    for (const segment of model.segments.slice(0, -1)) {
      let child = node.children.get(segment);
      if (!child) {
        child = { path: [...node.path, segment], children: new Map(), methods: [] };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.methods.push(model);
  }
  return root;
}

const classNameOf = (node: TreeNode) => `${node.path.map(pascal).join('')}Api`;

/**
 * The method tree that mirrors wire names (`wdt.wms.stockin.PreStockin.cancel`): one class per
 * namespace, children created on first access, each method delegating to its per-method function.
 */
export function emitTree(models: readonly MethodModel[]): string {
  const writer = createWriter();
  writeImport(writer, { from: '../WdtBareClient.js', names: ['WdtBareClient'] });
  writeImport(writer, { typeOnly: true, from: '../WdtBareClient.js', names: ['CallOptions', 'PageOptions', 'WdtPage'] });
  writeImport(writer, { typeOnly: true, from: '../paginate.js', names: ['PaginateOptions', 'PaginateRangeOptions'] });
  for (const model of models) {
    const names = namesOf(model);
    const types = [names.args, ...(model.spec.returns ? [names.result] : []), ...(model.spec.paged ? [names.item] : [])];
    const iterators = model.spec.paged ? [names.all, ...(model.spec.timeWindow ? [names.range] : [])] : [];
    writeImport(writer, { from: names.module, names: [names.fn, ...iterators, ...types.map((name) => ({ name, typeOnly: true as const }))] });
  }
  // Children and the client live in ES private fields (#name): no namespace or method name from a spec
  // can collide with them.
  const writeClass = (node: TreeNode, isRoot: boolean): void => {
    const children = [...node.children.values()];
    const clientRef = isRoot ? 'this' : 'this.#client';
    writer.blankLine();
    if (isRoot) {
      writeDoc(writer, 'The bare client plus the whole method tree. Extended by the hand-written WdtClient.');
      writer.write('export class WdtGeneratedClient extends WdtBareClient');
    } else {
      writeDoc(writer, `Methods under \`${node.path.join('.')}\`.`);
      writer.write(`export class ${classNameOf(node)}`);
    }
    writer.block(() => {
      const members: (() => void)[] = [];
      if (!isRoot) {
        members.push(() => {
          writer.writeLine('readonly #client: WdtBareClient;');
          writer.blankLine();
          writer.write('constructor(client: WdtBareClient)').block(() => writer.writeLine('this.#client = client;'));
        });
      }
      if (children.length > 0) members.push(() => children.forEach((child) => writer.writeLine(`#${child.path.at(-1)}?: ${classNameOf(child)};`)));
      for (const child of children) {
        const name = child.path.at(-1)!;
        members.push(() =>
          writer.write(`get ${name}(): ${classNameOf(child)}`).block(() => writer.writeLine(`return (this.#${name} ??= new ${classNameOf(child)}(${clientRef}));`)),
        );
      }
      for (const model of node.methods) {
        const params = parametersOf(model);
        members.push(() => {
          // The full JSDoc lives once, on the per-method function; the tree names the method and links
          // there. Nothing here changes with a title or a description, so editing those rebuilds one file.
          writeDoc(writer, `\`${model.spec.method}\`: {@link ${namesOf(model).fn}}`);
          writer
            .write(`${model.leaf}(${parameterListOf(params)}): ${returnTypeOf(model)}`)
            .block(() => writer.writeLine(`return ${namesOf(model).fn}(${[clientRef, ...params.map((p) => p.name)].join(', ')});`));
        });
        if (!model.spec.paged) continue;
        // Paged methods: `<leaf>All` iterates every item, `<leaf>Range` a long time range (one line each: the tree stays lean).
        const names = namesOf(model);
        const iteratorParams = iteratorParamsOf(model);
        members.push(() => {
          writeDoc(writer, `Every item of \`${model.spec.method}\`, page by page: {@link ${names.all}}`);
          writer.write(`${model.leaf}All(params: ${iteratorParams.all}, options?: PaginateOptions): AsyncGenerator<${names.item}, void, undefined>`).block(() => writer.writeLine(`return ${names.all}(${clientRef}, params, options);`));
        });
        if (!model.spec.timeWindow) continue;
        members.push(() => {
          writeDoc(writer, `Every item of \`${model.spec.method}\` over a long time range: {@link ${names.range}}`);
          writer.write(`${model.leaf}Range(params: ${iteratorParams.range}, options: PaginateRangeOptions): AsyncGenerator<${names.item}, void, undefined>`).block(() => writer.writeLine(`return ${names.range}(${clientRef}, params, options);`));
        });
      }
      members.forEach((member, i) => {
        if (i > 0) writer.blankLine();
        member();
      });
    });
    for (const child of children) writeClass(child, false);
  };
  writeClass(buildTree(models), true);
  return fileText(writer);
}
