import { describe, expect, it } from 'vitest';
import type { MockFaultRule } from './MockFault.js';
import { MockFaults } from './MockFaults.js';

const rateLimit = { type: 'rateLimit' } as const;
const reset = { type: 'connectionReset' } as const;

describe('MockFaults', () => {
  it('applies the first rule that matches the method, in the order the rules were added', () => {
    const faults = new MockFaults();
    faults.add({ method: 'a.B.c', fault: reset });
    faults.add({ fault: rateLimit });
    expect([faults.draw('a.B.c'), faults.draw('x.Y.z')]).toEqual([reset, rateLimit]);
  });

  it('stops a rule after `times` calls and counts what it did', () => {
    const faults = new MockFaults();
    faults.add({ times: 2, fault: rateLimit });
    expect([faults.draw('m'), faults.draw('m'), faults.draw('m')]).toEqual([rateLimit, rateLimit, undefined]);
    expect(faults.rules).toEqual([{ times: 2, fault: rateLimit, remaining: 0, applied: 2 }]);
  });

  it('rolls probabilities from its seed: the same seed gives the same faults, another seed others', () => {
    const pattern = (seed: number) => {
      const faults = new MockFaults([{ probability: 0.5, fault: rateLimit }], seed);
      return Array.from({ length: 64 }, () => (faults.draw('m') ? 'x' : '.')).join('');
    };
    expect(pattern(1)).toBe(pattern(1));
    expect(pattern(1)).not.toBe(pattern(2));
    const hits = pattern(1).split('x').length - 1;
    expect(hits).toBeGreaterThan(16);
    expect(hits).toBeLessThan(48);
  });

  it('never applies probability 0 and always applies probability 1', () => {
    const faults = new MockFaults([{ probability: 0, fault: reset }, { probability: 1, fault: rateLimit }]);
    expect(Array.from({ length: 10 }, () => faults.draw('m'))).toEqual(Array(10).fill(rateLimit));
  });

  it('clear() removes every rule; reset() brings back the initial ones with fresh counters and rolls', () => {
    const faults = new MockFaults([{ times: 1, fault: reset }]);
    faults.add({ fault: rateLimit });
    faults.draw('m');
    faults.clear();
    expect([faults.rules, faults.draw('m')]).toEqual([[], undefined]);
    faults.reset();
    expect(faults.rules).toEqual([{ times: 1, fault: reset, remaining: 1, applied: 0 }]);
  });

  it('hands out copies: changing a drawn fault or a listed rule changes nothing', () => {
    const faults = new MockFaults([{ fault: { type: 'latency', ms: 10 } }]);
    (faults.draw('m') as { ms: number }).ms = 99;
    (faults.rules[0]!.fault as { ms: number }).ms = 99;
    expect(faults.draw('m')).toEqual({ type: 'latency', ms: 10 });
  });

  it.each<[string, MockFaultRule, RegExp]>([
    ['an unknown type', { fault: { type: 'meteor' } as never }, /unknown fault type "meteor"/],
    ['a probability above 1', { probability: 1.5, fault: reset }, /between 0 and 1/],
    ['times 0', { times: 0, fault: reset }, /positive integer/],
    ['a latency without ms', { fault: { type: 'latency' } as never }, /needs ms/],
    ['a negative latency', { fault: { type: 'latency', ms: -1 } }, /cannot be negative/],
  ])('refuses %s', (_label, rule, message) => {
    expect(() => new MockFaults().add(rule)).toThrow(message);
    expect(() => new MockFaults([rule])).toThrow(message);
  });
});
