import { describe, expect, it } from 'vitest';
import { applyEdits, parseSpecDocument, setKeyEdit, yamlPathOf } from './editSpecText.ts';

const spec = `# a comment that stays
method: a.B.c
args:
  - name: params
    title: 参数
    schema:
      type: object
      properties:
        no: { title: 单号, type: string }
        status:
          title: 状态
          type: integer
returns: null
`;

const edit = (path: string, part: 'schema' | 'labels', key: string, value: unknown, after: string[] = []) => {
  const args = [{ name: 'params', schema: {} }];
  return applyEdits(spec, [setKeyEdit(spec, parseSpecDocument(spec), yamlPathOf({ args } as never, path)[part], key, value, after)]);
};

describe('setKeyEdit', () => {
  it.each([
    ['adds a key to a flow mapping, after the key asked for', 'args.params.no', 'schema', 'maxLength', 40, ['type'], '        no: { title: 单号, type: string, maxLength: 40 }\n'],
    ['adds a key to a block mapping on its own line', 'args.params.status', 'schema', 'x-deviation', 'enum', ['type'], '          type: integer\n          x-deviation: enum\n'],
    ['replaces a value in place', 'args.params', 'labels', 'title', '业务请求参数', [], '    title: 业务请求参数\n'],
    ['quotes a string YAML 1.1 would read otherwise', 'args.params.no', 'schema', 'description', '2023-06-31', ['title'], '{ title: 单号, description: "2023-06-31", type: string }'],
  ] as const)('%s', (_label, path, part, key, value, after, expected) => {
    const out = edit(path, part, key, value, [...after]);
    expect(out).toContain(expected);
    // Nothing else changes: the rest of the text is the same bytes.
    expect(out.startsWith('# a comment that stays\nmethod: a.B.c\n')).toBe(true);
    expect(out.length - spec.length).toBeLessThan(60);
  });
});
