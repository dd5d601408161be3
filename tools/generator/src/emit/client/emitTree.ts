import { Scope, type Project } from 'ts-morph';
import type { MethodModel } from '../../model/SpecModel.js';
import { jsDocOf } from '../jsDocOf.js';
import { namesOf, parametersOf, returnTypeOf } from './emitMethodFile.js';

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface TreeNode {
  path: string[];
  children: Map<string, TreeNode>;
  methods: MethodModel[];
}

function buildTree(models: MethodModel[]): TreeNode {
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
export function emitTree(project: Project, models: MethodModel[]): void {
  const file = project.createSourceFile('tree.ts', '', { overwrite: true });
  file.addImportDeclaration({ moduleSpecifier: '../WdtBareClient.js', namedImports: ['WdtBareClient'] });
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: '../WdtBareClient.js', namedImports: ['CallOptions', 'PageOptions', 'WdtPage'] });
  for (const model of models) {
    const names = namesOf(model);
    file.addImportDeclaration({
      moduleSpecifier: names.module,
      namedImports: [names.fn, { name: names.args, isTypeOnly: true }, ...(model.spec.returns ? [{ name: names.result, isTypeOnly: true }] : []), ...(model.spec.paged ? [{ name: names.item, isTypeOnly: true }] : [])],
    });
  }
  const emitNode = (node: TreeNode, isRoot: boolean) => {
    const children = [...node.children.values()];
    const cls = file.addClass({
      name: isRoot ? 'WdtGeneratedClient' : classNameOf(node),
      isExported: true,
      ...(isRoot ? { extends: 'WdtBareClient', docs: ['The bare client plus the whole method tree. Extended by the hand-written WdtClient.'] } : { docs: [`Methods under \`${node.path.join('.')}\`.`] }),
    });
    if (!isRoot) cls.addConstructor({ parameters: [{ name: 'client', type: 'WdtBareClient', isReadonly: true, scope: Scope.Private }] });
    const clientRef = isRoot ? 'this' : 'this.client';
    for (const child of children) {
      const name = child.path[child.path.length - 1]!;
      cls.addProperty({ name: `_${name}`, type: classNameOf(child), hasQuestionToken: true, scope: Scope.Private });
      cls.addGetAccessor({ name, returnType: classNameOf(child), statements: `return (this._${name} ??= new ${classNameOf(child)}(${clientRef}));` });
    }
    for (const model of node.methods) {
      const params = parametersOf(model);
      cls.addMethod({
        name: model.leaf,
        parameters: params,
        returnType: returnTypeOf(model),
        docs: [jsDocOf(model, { withOptions: true })],
        statements: `return ${namesOf(model).fn}(${[clientRef, ...params.map((p) => p.name)].join(', ')});`,
      });
    }
    for (const child of children) emitNode(child, false);
  };
  emitNode(buildTree(models), true);
}
