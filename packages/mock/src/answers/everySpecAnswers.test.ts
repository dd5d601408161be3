// Every method of the generated table (it grows as specs are written) answers a well-formed call:
// its page's request example, or arguments generated from its spec.
import { validateValue } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { behaviourTable } from '../behaviours/behaviourTable.js';
import { createMockFetch } from '../createMockFetch.js';
import { handlerTable } from '../generated/handlers.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import { envelopeOf, FIXED_NOW_MS } from '../testing/callMock.js';
import { generateFromSchema } from './generateFromSchema.js';
import { seededRandom } from './seededRandom.js';

// The page's request example, or arguments generated from the spec; either way with a one-minute
// time range: several pages' own examples span more than their documented maximum (the mock
// rightly refuses those, as the server does), and one writes dates unpadded (2023-1-1).
function argumentsFor(spec: MockMethodSpec): unknown[] {
  const args = spec.examples?.request
    ? structuredClone(spec.examples.request) as unknown[]
    : spec.args.map((arg) => generateFromSchema(arg.schema, seededRandom(`${spec.method}\0${arg.name}`), arg.name));
  if (spec.timeWindow && typeof args[0] === 'object' && args[0] !== null) {
    Object.assign(args[0], { [spec.timeWindow.start]: '2024-01-01 00:00:00', [spec.timeWindow.end]: '2024-01-01 00:01:00' });
  }
  return args;
}

describe.each(Object.values(handlerTable).map((spec) => [spec.method, spec] as const))('%s', (method, spec) => {
  it('answers a well-formed call', async () => {
    const mock = createMockFetch({ now: () => FIXED_NOW_MS });
    const answer = await envelopeOf(mock, { method, args: argumentsFor(spec), ...(spec.paged ? { pager: { pageSize: 5, pageNo: 0, calcTotal: true } } : {}) });
    if (Object.hasOwn(behaviourTable, method)) {
      // A behaviour may refuse on business grounds (status 100), never on the arguments.
      expect([0, 100], JSON.stringify(answer)).toContain(answer.status);
      return;
    }
    expect(answer.status, JSON.stringify(answer)).toBe(0);
    if (!spec.paged && !spec.examples?.response && spec.returns) expect(validateValue(answer.data, spec.returns, 'data')).toEqual([]);
  });
});
