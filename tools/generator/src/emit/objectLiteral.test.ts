import { describe, expect, it } from 'vitest';
import { objectLiteralOf } from './objectLiteral.js';

describe('objectLiteralOf', () => {
  it.each([
    ['plain data, formatted as JSON.stringify(…, null, 2)', { a: [1, 'x', null, true], b: {}, c: [] }],
    ['nested objects and arrays', { properties: { n: { type: 'integer', enum: [1, 2] } }, items: [{ x: 1 }] }],
  ])('writes %s', (_label, value) => {
    expect(objectLiteralOf(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('writes a __proto__ key as a computed key, so the field stays an own property', () => {
    // Built with JSON.parse: in this test's own object literal `__proto__:` would set the prototype.
    const text = objectLiteralOf(JSON.parse('{"properties":{"__proto__":{"type":"string"},"b":1}}'));
    expect(text).toContain('["__proto__"]: {');
    const evaluated = new Function(`return ${text.replace(/ as const/g, '')};`)();
    expect(Object.keys(evaluated.properties)).toEqual(['__proto__', 'b']);
  });

  it('keeps string literal types below keys named like Object.prototype members', () => {
    expect(objectLiteralOf({ toString: { type: 'integer' }, other: { type: 'string' } })).toBe(
      '{\n  "toString": {\n    "type": "integer" as const\n  },\n  "other": {\n    "type": "string"\n  }\n}',
    );
  });
});
