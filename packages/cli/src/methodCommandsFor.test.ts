// Which method commands a run registers (start-up time), and that every entry point still works.
import { describe, expect, it } from 'vitest';
import { methodCommandsFor } from './methodCommandsFor.js';
import type { CommandSpec } from './CommandSpec.js';

const spec = (method: string): CommandSpec => ({ method, title: method, idempotent: false, paged: false, args: [] });
const table = [spec('a.B.cancel'), spec('a.B.query')];

describe('methodCommandsFor', () => {
  it.each([
    ['a method call registers only its own command', 'a.B.cancel', ['a.B.cancel']],
    ['a built-in command registers none (it reads the table itself)', 'list', []],
    ['--version registers none', '--version', []],
    ['no argument (root help) registers all', undefined, ['a.B.cancel', 'a.B.query']],
    ['an unknown name registers all (for the error and its suggestions)', 'a.B.cancl', ['a.B.cancel', 'a.B.query']],
    ['options before the command register all (the command comes later)', '--test', ['a.B.cancel', 'a.B.query']],
  ])('%s', (_label, first, expected) => {
    expect(methodCommandsFor(table, first).map((c) => c.method)).toEqual(expected);
  });
});
