import { describe, expect, it } from 'vitest';
import { describePartialFailure } from './partialFailure.js';

// Which answers are partial failures is the spec's business (partialFailure, read by findItemErrors in
// core); the CLI only says which items failed.
describe('describePartialFailure', () => {
  it('lists each failed item with its reason', () => {
    expect(describePartialFailure([{ item: 'QR2', message: '状态不允许', detail: {} }, { message: '同步结果状态为空!', detail: '' }])).toBe(
      'wdt: partial failure: the call succeeded but 2 item(s) failed:\n  QR2: 状态不允许\n  同步结果状态为空!\n',
    );
  });

  it('shows escape sequences from the server instead of obeying them', () => {
    expect(describePartialFailure([{ item: 'A\u001b[2J', message: 'x\nwdt: ok', detail: {} }])).not.toMatch(/\u001b|x\nwdt/);
  });

  it('stops after a screenful and says how many more', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ item: `N${i}`, message: 'x', detail: {} }));
    const text = describePartialFailure(many);
    expect(text.split('\n').filter(Boolean)).toHaveLength(22);
    expect(text).toContain('… and 5 more');
  });
});
