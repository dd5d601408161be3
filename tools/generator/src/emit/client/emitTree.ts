import { Scope, StructureKind, type ClassDeclarationStructure, type ImportDeclarationStructure, type OptionalKind, type Project } from 'ts-morph';
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
  // Everything is built as structures and added in one call each: ts-morph re-parses the file on
  // every single insertion, which made one-by-one emission quadratic in the number of methods.
  const file = project.createSourceFile('tree.ts', '', { overwrite: true });
  const imports: OptionalKind<ImportDeclarationStructure>[] = [
    { moduleSpecifier: '../WdtBareClient.js', namedImports: ['WdtBareClient'] },
    { isTypeOnly: true, moduleSpecifier: '../WdtBareClient.js', namedImports: ['CallOptions', 'PageOptions', 'WdtPage'] },
  ];
  for (const model of models) {
    const names = namesOf(model);
    imports.push({
      moduleSpecifier: names.module,
      namedImports: [names.fn, { name: names.args, isTypeOnly: true }, ...(model.spec.returns ? [{ name: names.result, isTypeOnly: true }] : []), ...(model.spec.paged ? [{ name: names.item, isTypeOnly: true }] : [])],
    });
  }
  const classes: ClassDeclarationStructure[] = [];
  const classOf = (node: TreeNode, isRoot: boolean): void => {
    const children = [...node.children.values()];
    const clientRef = isRoot ? 'this' : 'this.client';
    classes.push({
      kind: StructureKind.Class,
      name: isRoot ? 'WdtGeneratedClient' : classNameOf(node),
      isExported: true,
      ...(isRoot ? { extends: 'WdtBareClient', docs: ['The bare client plus the whole method tree. Extended by the hand-written WdtClient.'] } : { docs: [`Methods under \`${node.path.join('.')}\`.`] }),
      ctors: isRoot ? [] : [{ parameters: [{ name: 'client', type: 'WdtBareClient', isReadonly: true, scope: Scope.Private }] }],
      properties: children.map((child) => ({ name: `_${child.path.at(-1)}`, type: classNameOf(child), hasQuestionToken: true, scope: Scope.Private })),
      getAccessors: children.map((child) => {
        const name = child.path.at(-1)!;
        return { name, returnType: classNameOf(child), statements: `return (this._${name} ??= new ${classNameOf(child)}(${clientRef}));` };
      }),
      methods: node.methods.map((model) => {
        const params = parametersOf(model);
        return {
          name: model.leaf,
          parameters: params,
          returnType: returnTypeOf(model),
          docs: [jsDocOf(model, { withOptions: true })],
          statements: `return ${namesOf(model).fn}(${[clientRef, ...params.map((p) => p.name)].join(', ')});`,
        };
      }),
    });
    for (const child of children) classOf(child, false);
  };
  classOf(buildTree(models), true);
  file.addImportDeclarations(imports);
  file.addClasses(classes);
}
