import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progressBar.js';

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, isTTY, write: (text: string) => written.push(text) };
};

describe('the --all progress display', () => {
  it('draws on a terminal, with a bar once the total is known', () => {
    const out = stream(true);
    const bar = new ProgressBar(out, 10);
    for (let i = 0; i < 5; i++) bar.tick(10);
    expect(bar.render(10)).toBe('[#####.....] 5/10');
    expect(bar.render(undefined)).toBe('5 items');
    bar.finish(10);
    expect(out.written.at(-1)).toBe('\r[#####.....] 5/10\n');
  });
  it('writes nothing when stderr is not a terminal', () => {
    const out = stream(false);
    const bar = new ProgressBar(out);
    bar.tick(undefined);
    bar.finish(undefined);
    expect(out.written).toEqual([]);
  });
});
