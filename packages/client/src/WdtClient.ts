import type { MethodMeta } from '@wdt-kit/core';
import type { RawCallOptions } from './CallOptions.js';
import { WdtGeneratedClient } from './generated/tree.js';
import { methodIndex } from './generated/methodIndex.js';
import type { WdtMethodMap, WdtPagedMethodMap } from './generated/methodMap.js';
import { paginateItems, paginateTimeRange, type PaginateOptions, type PaginateRangeOptions } from './paginate.js';
import { throwItemErrors } from './throwItemErrors.js';
import type { AnswerCheck, CallOptions, PageOptions, WdtPage } from './CallOptions.js';
import { invokePage, toPage } from './invokePage.js';
import { wrapData } from './wrapData.js';

// Types by method name. Only the method name is an inference site (NoInfer on the rest): inferring
// from the arguments would make TypeScript contextually type them against every method at once.
type ArgsOf<M extends string> = M extends keyof WdtMethodMap ? WdtMethodMap[M]['args'] : unknown[];
type ResultOf<M extends string> = M extends keyof WdtMethodMap ? WdtMethodMap[M]['result'] : unknown;
/** Names of the paged methods: what `paginate` accepts (a misspelt name is a type error, with completion). */
export type WdtPagedMethod = keyof WdtPagedMethodMap;

/**
 * The full client: every method as `wdt.<wire.name>(...)`, plus `call` for any method by name and
 * `paginate` over the items of a paged query.
 *
 * @example
 * const wdt = new WdtClient({ sid, appKey, appSecret });
 * await wdt.wms.stockin.PreStockin.cancel('RK2004210014');
 */
export class WdtClient extends WdtGeneratedClient {
  /** Requests one page of a paged method described by its metadata (see invokePage). */
  invokePage(meta: MethodMeta, args: readonly unknown[], pager: PageOptions, options?: CallOptions, checkAnswer?: AnswerCheck): Promise<WdtPage<unknown, unknown>> {
    return invokePage(this, meta, args, pager, options, checkAnswer);
  }

  /**
   * Calls a method by wire name; typed for known methods, any string allowed. Paged methods need
   * `options.pager`; the result is then the raw `data`.
   */
  call<M extends string>(method: M, args: NoInfer<ArgsOf<M>>, options?: RawCallOptions): Promise<ResultOf<M>>;
  async call(method: string, args: readonly unknown[], options: RawCallOptions = {}): Promise<unknown> {
    const meta: MethodMeta | undefined = methodIndex[method];
    if (meta) {
      if (meta.paged) {
        if (!options.pager) throw new TypeError(`${method} is a paged query: pass options.pager ({ pageSize, pageNo })`);
        return (await this.invokePage(meta, args, options.pager, options, throwItemErrors)).data;
      }
      return wrapData(meta, await this.invoke(meta, args, options, throwItemErrors));
    }
    return (await this.send(method, args, options)).data;
  }

  /** Like `call` for a paged method, but returns the page with items and total. */
  async callPage(method: string, args: unknown[], options: RawCallOptions & { pager: NonNullable<RawCallOptions['pager']> }): Promise<WdtPage<unknown, unknown>> {
    const meta = methodIndex[method];
    if (meta) return this.invokePage(meta, args, options.pager, options, throwItemErrors);
    const envelope = await this.send(method, args, options);
    return toPage({ method, idempotent: options.idempotent ?? false, paged: { listKey: null, total: 'total' }, args: [] }, envelope, options.pager);
  }

  /**
   * Every item of a paged query, fetched page by page as you iterate. Only paged method names are
   * accepted; the tree has the same per method (`wdt.goods.Goods.queryWithSpecAll(params)`).
   */
  paginate<M extends WdtPagedMethod>(method: M, params: NoInfer<WdtPagedMethodMap[M]['params']>, options?: PaginateOptions): AsyncGenerator<WdtPagedMethodMap[M]['item'], void, undefined>;
  paginate(method: string, params: unknown, options: PaginateOptions = {}): AsyncGenerator<unknown, void, undefined> {
    const meta = methodIndex[method];
    if (!meta) throw new TypeError(`unknown method ${method}: paginate needs a spec'd paged method`);
    return paginateItems(this, meta, params, options);
  }

  /**
   * Every item of a paged query over a long time range: split into windows no wider than the
   * method's documented maximum span, each paged through.
   */
  paginateRange<M extends WdtPagedMethod>(method: M, params: NoInfer<Partial<WdtPagedMethodMap[M]['params']>>, options: PaginateRangeOptions): AsyncGenerator<WdtPagedMethodMap[M]['item'], void, undefined>;
  paginateRange(method: string, params: Record<string, unknown>, options: PaginateRangeOptions): AsyncGenerator<unknown, void, undefined> {
    const meta = methodIndex[method];
    if (!meta) throw new TypeError(`unknown method ${method}: paginateRange needs a spec'd paged method`);
    return paginateTimeRange(this, meta, params, options);
  }
}
