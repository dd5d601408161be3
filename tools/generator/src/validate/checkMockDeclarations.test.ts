import { describe, expect, it } from 'vitest';
import { specDiagnosticsOf } from '../testing/specDiagnosticsOf.js';


// A resource declared on its query, a create and a cancel: the three shapes of the `mock:` section.
const query = `method: demo.Doc.query
title: 单据查询
idempotent: true
paged: { listKey: order, total: data.total_count }
timeWindow: { start: start_time, end: end_time, maxSpan: 30d }
args:
  - name: params
    title: 查询参数
    required: true
    schema:
      type: object
      properties:
        start_time: { type: string, format: datetime }
        end_time: { type: string, format: datetime }
        order_no: { type: string }
returns:
  type: object
  properties:
    total_count: { type: integer }
    order:
      type: array
      items:
        type: object
        properties:
          order_no: { type: string }
          status: { type: integer, enum: [10, 20, 30], x-enumLabels: { "10": 已取消, "20": 编辑中, "30": 待审核 } }
          modified: { type: string, format: datetime }
          details: { type: array, items: { type: object, properties: { spec_no: { type: string } } } }
mock:
  effect: query
  resource: demo.doc
  defines: { title: 单据, key: order_no, status: status, lines: details, modified: modified }
  filters:
    - { arg: params.order_no, field: order_no }
  window: modified
`;
const create = `method: demo.Doc.create
title: 单据创建
idempotent: false
paged: false
args:
  - name: order
    title: 单据
    required: true
    schema:
      type: object
      properties:
        outer_no: { type: string }
        goods: { type: array, items: { type: object, properties: { spec_no: { type: string } } } }
returns: { type: object, properties: { message: { type: string } } }
mock:
  effect: create
  resource: demo.doc
  record:
    fields: { order_no: order.outer_no }
    lines: { from: order.goods, fields: { spec_no: spec_no } }
  status: 20
  duplicate: { status: 100, message: 单号重复 }
  answer: { message: key }
`;
const cancel = `method: demo.Doc.cancel
title: 单据取消
idempotent: false
paged: false
args:
  - name: order_no
    title: 单号
    required: true
    schema: { type: string }
returns: null
mock:
  effect: cancel
  resource: demo.doc
  key: order_no
  to: 10
  from: [20, 30]
  notFound: { status: 100, message: 单据不存在 }
  wrongStatus: { status: 100, message: 单据状态不正确 }
`;
const catalog = (change: Partial<Record<'query' | 'create' | 'cancel', (text: string) => string>> = {}) => ({
  'demo.Doc.query.yaml': (change.query ?? ((text) => text))(query),
  'demo.Doc.create.yaml': (change.create ?? ((text) => text))(create),
  'demo.Doc.cancel.yaml': (change.cancel ?? ((text) => text))(cancel),
});

const cases: [string, ReturnType<typeof catalog>, string][] = [
  ['an unknown effect', catalog({ cancel: (t) => t.replace('effect: cancel', 'effect: delete') }), 'demo.Doc.cancel.yaml:12:3: mock.effect must be one of "create"'],
  ['an unknown key', catalog({ cancel: (t) => t.replace('to: 10', 'to: 10\n  into: 10') }), 'demo.Doc.cancel.yaml:16:3: unknown key "into" in mock'],
  ['a resource no query defines', catalog({ cancel: (t) => t.replace('resource: demo.doc', 'resource: demo.docs') }), 'demo.Doc.cancel.yaml:13:3: resource "demo.docs" is not defined'],
  ['a key path that is not an argument', catalog({ cancel: (t) => t.replace('key: order_no', 'key: order.no') }), 'demo.Doc.cancel.yaml:14:3: argument path "order.no" does not exist in args'],
  ['a record field argument path that does not exist', catalog({ create: (t) => t.replace('order_no: order.outer_no', 'order_no: order.outer') }), 'demo.Doc.create.yaml:19:15: argument path "order.outer" does not exist in args'],
  ['a record field the resource does not have', catalog({ create: (t) => t.replace('fields: { order_no: order.outer_no }', 'fields: { order_no: order.outer_no, shop: order.outer_no }') }), 'demo.Doc.create.yaml:19:41: "shop" is not a field of demo.doc'],
  ['a line field the list items do not have', catalog({ create: (t) => t.replace('fields: { spec_no: spec_no }', 'fields: { spec_no: sku }') }), 'demo.Doc.create.yaml:20:43: "sku" is not a property of an item of order.goods'],
  ['a status outside the status enum', catalog({ cancel: (t) => t.replace('to: 10', 'to: 40') }), 'demo.Doc.cancel.yaml:15:3: status 40 is not in the resource\'s status enum (10, 20, 30)'],
  ['an allowed-from status outside the enum', catalog({ cancel: (t) => t.replace('from: [20, 30]', 'from: [20, 35]') }), 'demo.Doc.cancel.yaml:16:14: status 35 is not in the resource\'s status enum'],
  ['a cancel without its errors', catalog({ cancel: (t) => t.replace(/  notFound.*\n/, '') }), 'demo.Doc.cancel.yaml:11:1: effect cancel needs `notFound`'],
  ['an answer path not in returns', catalog({ create: (t) => t.replace('answer: { message: key }', 'answer: { data_no: key }') }), 'demo.Doc.create.yaml:23:13: "data_no" is not a property of returns'],
  ['a definition whose key is not a record field', catalog({ query: (t) => t.replace('key: order_no', 'key: no') }), 'demo.Doc.query.yaml:32:25: key field "no" is not a property of returns.order[]'],
  ['a filter on a field the resource does not have', catalog({ query: (t) => t.replace('field: order_no }', 'field: shop_no }') }), 'demo.Doc.query.yaml:34:31: "shop_no" is not a field of demo.doc'],
  ['a generic write without a reason', catalog({ cancel: (t) => t.slice(0, t.indexOf('mock:')) + 'mock: { effect: generic }\n' }), 'demo.Doc.cancel.yaml:11:1: effect generic needs `reason`'],
  ['a key that only some effects take', catalog({ query: (t) => t.replace('window: modified', 'window: modified\n  to: 10') }), 'demo.Doc.query.yaml:36:3: `to` has no meaning for effect query'],
  ['`each` on an argument that is not a list', catalog({ cancel: (t) => t.replace('key: order_no', 'key: order_no\n  each: order_no') }), 'demo.Doc.cancel.yaml:15:3: argument "order_no" is not a list'],
  ['`keys` in the answer without `each`', catalog({ create: (t) => t.replace('answer: { message: key }', 'answer: { message: keys }') }), 'demo.Doc.create.yaml:23:13: `keys` needs `each`'],
];

describe('the mock section is checked with file:line:col', () => {
  it('accepts the worked example', () => {
    expect(specDiagnosticsOf(catalog())).toEqual([]);
  });

  it.each(cases)('%s', (_label, files, expected) => {
    const diagnostics = specDiagnosticsOf(files);
    expect(diagnostics.join('\n')).toContain(expected);
  });

  it('refuses a resource defined by two queries, at the second definition', () => {
    const second = query.replaceAll('demo.Doc.query', 'demo.Doc.queryAgain');
    expect(specDiagnosticsOf({ ...catalog(), 'demo.Doc.queryAgain.yaml': second }).join('\n')).toContain('demo.Doc.queryAgain.yaml:32:3: resource "demo.doc" is already defined by demo.Doc.query');
  });
});
