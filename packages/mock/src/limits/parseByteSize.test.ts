import { describe, expect, it } from 'vitest';
import { parseByteSize } from './parseByteSize.js';

describe('parseByteSize', () => {
  it.each<[string, number | undefined]>([
    ['1048576', 1_048_576],
    ['512KiB', 512 * 1024],
    ['10MiB', 10 * 1024 ** 2],
    ['10m', 10 * 1024 ** 2],
    ['1GiB', 1024 ** 3],
    ['2 G', 2 * 1024 ** 3],
    ['0', undefined],
    ['10MB', undefined],
    ['1.5MiB', undefined],
    ['-1', undefined],
    ['lots', undefined],
    ['', undefined],
  ])('%j: %s', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });
});
