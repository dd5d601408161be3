import { describe, expect, it } from 'vitest';
import { DocumentNumbers } from './DocumentNumbers.js';

const JAN_1 = Date.UTC(2024, 0, 1);

describe('DocumentNumbers', () => {
  it('counts per prefix and Beijing day, four digits, skipping numbers already taken', () => {
    const numbers = new DocumentNumbers();
    const taken = new Set(['QR202401010002']);
    const next = (prefix: string, ms = JAN_1) => numbers.next(prefix, ms, (no) => taken.has(no));
    expect([next('QR'), next('QR'), next('QC'), next('QR', JAN_1 + 86_400_000)]).toEqual(['QR202401010001', 'QR202401010003', 'QC202401010001', 'QR202401020001']);
    numbers.reset();
    expect(next('QC')).toBe('QC202401010001');
  });
});
