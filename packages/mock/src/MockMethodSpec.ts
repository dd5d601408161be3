import type { MethodMeta, MethodSpec } from '@wdt-kit/core';

/**
 * What the mock knows of one method: its run-time metadata plus the documented answers (the page's
 * examples, business errors, per-item failure reasons) and its declared effect on the mock's world (`mock`), as the spec format defines them.
 */
export type MockMethodSpec = MethodMeta & Pick<MethodSpec, 'returns' | 'examples' | 'errors' | 'itemErrors' | 'mock'>;
