import { describe, expect, it } from 'vitest';
import { setRequiredLists, type RequiredList } from './setRequiredLists.ts';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('setRequiredLists', () => {
  it.each<[string, string, RequiredList[], string]>([
    [
      'puts a new list before properties in a block mapping, keeping comments',
      lines('returns:', '  type: object  # the data', '  properties:', '    a: { type: string }', '    b: { type: string }'),
      [{ path: ['returns'], names: ['a'] }],
      lines('returns:', '  type: object  # the data', '  required: [a]', '  properties:', '    a: { type: string }', '    b: { type: string }'),
    ],
    [
      'adds an entry to a flow mapping',
      lines('returns: { type: object, properties: { a: { type: string } } }'),
      [{ path: ['returns'], names: ['a'] }],
      lines('returns: { type: object, required: [a], properties: { a: { type: string } } }'),
    ],
    [
      'reaches list items, one line per object',
      lines('returns:', '  type: array', '  items:', '    type: object', '    properties:', '      a: { type: string }', '      o: { type: object, properties: { x: { type: string } } }'),
      [{ path: ['returns', 'items'], names: ['a', 'o'] }, { path: ['returns', 'items', 'properties', 'o'], names: ['x'] }],
      lines('returns:', '  type: array', '  items:', '    type: object', '    required: [a, o]', '    properties:', '      a: { type: string }', '      o: { type: object, required: [x], properties: { x: { type: string } } }'),
    ],
    [
      'keeps a key that starts a sequence item in its place',
      lines('list:', '  - properties:', '      a: { type: string }'),
      [{ path: ['list', 0], names: ['a'] }],
      lines('list:', '  - required: [a]', '    properties:', '      a: { type: string }'),
    ],
    [
      'adds to an existing list, existing names first',
      lines('returns:', '  required: [b]', '  properties: { a: {}, b: {} }'),
      [{ path: ['returns'], names: ['a', 'b'] }],
      lines('returns:', '  required: [b, a]', '  properties: { a: {}, b: {} }'),
    ],
    [
      'rewrites an existing block list as a flow list, keeping the line break after it',
      lines('returns:', '  required:', '    - b', '  properties: { a: {}, b: {} }'),
      [{ path: ['returns'], names: ['a'] }],
      lines('returns:', '  required: [b, a]', '  properties: { a: {}, b: {} }'),
    ],
    [
      'quotes a name that would not read back as itself',
      lines('returns:', '  properties: { "null": {}, "true": {}, ok: {} }'),
      [{ path: ['returns'], names: ['null', 'true', 'ok'] }],
      lines('returns:', '  required: ["null", "true", ok]', '  properties: { "null": {}, "true": {}, ok: {} }'),
    ],
    [
      'changes nothing when every name is listed already',
      lines('returns:', '  required: [a] # from the page', '  properties: { a: {} }'),
      [{ path: ['returns'], names: ['a'] }],
      lines('returns:', '  required: [a] # from the page', '  properties: { a: {} }'),
    ],
  ])('%s', (_case, text, lists, expected) => {
    expect(setRequiredLists(text, lists)).toBe(expected);
    expect(setRequiredLists(expected, lists)).toBe(expected);
  });

  it('refuses a path that is not a mapping with properties', () => {
    expect(() => setRequiredLists(lines('returns: { type: string }'), [{ path: ['returns'], names: ['a'] }])).toThrow(/no properties key/);
    expect(() => setRequiredLists(lines('returns: 1'), [{ path: ['returns'], names: ['a'] }])).toThrow(/not a mapping/);
  });
});
