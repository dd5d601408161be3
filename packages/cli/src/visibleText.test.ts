import { describe, expect, it } from 'vitest';
import { visibleJson, visibleText } from './visibleText.js';

describe('visibleText shows what a terminal would act on', () => {
  it.each<[string, string, string]>([
    ['clear screen (ESC [2J)', 'a\u001b[2Jb', 'a\\u001b[2Jb'],
    ['a window title (OSC ... BEL)', '\u001b]0;pwned\u0007', '\\u001b]0;pwned\\u0007'],
    ['a faked line', 'x\nwdt: ok', 'x\\nwdt: ok'],
    ['carriage return over the line', 'ok\rFAIL', 'ok\\rFAIL'],
    ['an 8-bit CSI (C1)', 'a\u009b2Jb', 'a\\u009b2Jb'],
    ['a bidi override', 'abc\u202edef', 'abc\\u202edef'],
    ['DEL', 'a\u007f', 'a\\u007f'],
    ['plain Chinese text unchanged', '入库单状态不为待审核', '入库单状态不为待审核'],
  ])('%s', (_label, input, shown) => {
    expect(visibleText(input)).toBe(shown);
  });

  it('keeps JSON valid while escaping what JSON.stringify leaves raw', () => {
    const value = { s: 'a\u009b2J\u2028\u202e', t: 'x\u001b' };
    const json = visibleJson(JSON.stringify(value));
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u202e]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
