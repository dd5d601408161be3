import type { MockGoodsSeed } from '../behaviours/GoodsStore.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';

function collectSpecNos(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectSpecNos(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, field] of Object.entries(value)) {
      if (key === 'spec_no' && typeof field === 'string' && field.trim() !== '') into.add(field);
      else collectSpecNos(field, into);
    }
  }
}

// Read once per method table (every mock of the table shares them).
const cache = new WeakMap<object, ReadonlySet<string>>();

function specNosOfExamples(methods: Readonly<Record<string, MockMethodSpec>>): ReadonlySet<string> {
  let specNos = cache.get(methods) as Set<string> | undefined;
  if (specNos) return specNos;
  specNos = new Set<string>();
  for (const spec of Object.values(methods)) if (!spec.method.startsWith('goods.')) collectSpecNos(spec.examples?.request, specNos);
  cache.set(methods, specNos);
  return specNos;
}

// When the account got them: before every example's time range and the mock's default clock, so they change no query about "today".
const ACCOUNT_HISTORY = '2019-01-01 00:00:00';

/**
 * The goods an account must hold for the documented request examples to succeed, as a real
 * account holding that data would answer them: one goods (goods_no = spec_no) for every merchant
 * code a request example of a method outside the goods archive itself names (`goods_list[].spec_no`…),
 * besides those already known.
 */
export function goodsNamedByExamples(methods: Readonly<Record<string, MockMethodSpec>>, known: readonly MockGoodsSeed[]): MockGoodsSeed[] {
  const specNos = specNosOfExamples(methods);
  const knownSpecNos = new Set(known.flatMap((goods) => (goods.spec_list ?? []).map((spec) => spec.spec_no)));
  return [...specNos].filter((specNo) => !knownSpecNos.has(specNo) && !known.some((goods) => goods.goods_no === specNo)).sort().map((specNo) => ({
      goods_no: specNo,
      goods_name: specNo,
      goods_created: ACCOUNT_HISTORY,
      goods_modified: ACCOUNT_HISTORY,
      spec_list: [{ spec_no: specNo, spec_created: ACCOUNT_HISTORY, spec_modified: ACCOUNT_HISTORY }],
    }));
}
