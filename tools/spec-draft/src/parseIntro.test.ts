import { describe, expect, it } from 'vitest';
import { parseIntro } from './parseIntro.ts';

describe('parseIntro: 1.3 增量获取', () => {
  it.each([
    ['| **1.3 增量获取：** 支持 |', true],
    ['| **1.3 增量获取：** 不支持 |', false],
    ['| **1.3 增量获取：**按照制单时间进行获取 |', true],
    ['| **1.3 增量获取：**按照最后修改时间返回 |', true],
    ['| **1.3 增量获取:** |', undefined],
  ])('%s → %s', (row, incremental) => {
    expect(parseIntro([row]).incremental).toBe(incremental);
  });
});
