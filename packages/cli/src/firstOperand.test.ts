import { describe, expect, it } from 'vitest';
import { firstOperand } from './firstOperand.js';

describe('firstOperand finds the invoked command past global options and their values', () => {
  it.each<[string[], string | undefined]>([
    [['wms.stockin.PreStockin.cancel', 'RK1'], 'wms.stockin.PreStockin.cancel'],
    [['--profile', 'prod', '--dry-run', 'wms.stockin.PreStockin.cancel'], 'wms.stockin.PreStockin.cancel'],
    [['--output=table', 'list'], 'list'],
    [['--help'], undefined],
    [[], undefined],
    [['--', 'call'], 'call'],
  ])('%j', (argv, expected) => expect(firstOperand(argv)).toBe(expected));
});
