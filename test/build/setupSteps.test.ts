// Regression: the first `npm run demo` was silent for minutes while it installed and built.
import { describe, expect, it, vi } from 'vitest';
import { step } from '../../scripts/ensureWorkspace.mjs';

describe('setup steps say what they do', () => {
  it('a line before a step and one with its duration after, on stderr', () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    try {
      expect(step('2/3 installing dependencies', () => 42)).toBe(42);
    } finally {
      spy.mockRestore();
    }
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('[setup] 2/3 installing dependencies ...');
    expect(lines[1]).toMatch(/^\[setup\] 2\/3 installing dependencies: done in \d+\.\d s$/);
  });
});
