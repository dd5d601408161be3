import type { MockBehaviour } from './behaviours/MockBehaviour.js';
import type { MockMethodSpec } from './MockMethodSpec.js';

/**
 * `system.Core.now`, the platform's own clock. No doc page exists for it (so no spec in specs/), but
 * SDKs call it with `[]` as their smoke test (official PHP `call('system.Core.now')`, waywake Go
 * `System.Now`), and without a spec the mock answered it like an unknown method: 100 权限不足.
 * Its answer is undocumented (protocol §13.8); the mock answers the server time as epoch
 * milliseconds in `data`, the way the pages show millisecond times.
 */
const CORE_NOW: MockMethodSpec = {
  method: 'system.Core.now',
  title: '服务器时间',
  idempotent: true,
  paged: false,
  args: [],
  returns: { type: 'integer', format: 'epoch-ms' },
};

/** The platform's methods that have no page, by wire name; a spec of the same name wins. */
export const SYSTEM_METHODS: Readonly<Record<string, MockMethodSpec>> = { [CORE_NOW.method]: CORE_NOW };

/** Their answers: the mock's clock (skewed under a clockSkew fault, as the Date header is). */
export const SYSTEM_BEHAVIOURS: Readonly<Record<string, MockBehaviour>> = {
  [CORE_NOW.method]: ({ nowMs }) => ({ status: 0, data: nowMs }),
};
