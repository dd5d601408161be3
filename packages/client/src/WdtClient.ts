import type { MethodMeta } from '@wdt-kit/core';
import type { RawCallOptions } from './CallOptions.js';
import { WdtGeneratedClient } from './generated/tree.js';
import { methodIndex } from './generated/methodIndex.js';
import type { WdtMethodMap } from './generated/methodMap.js';
import { paginateItems, paginateTimeRange, type PaginateOptions, type PaginateRangeOptions } from './paginate.js';
import { toPage } from './WdtBareClient.js';

type PagedMethod = { [M in keyof WdtMethodMap]: WdtMethodMap[M]['paged'] extends true ? M : never }[keyof WdtMethodMap];
type ItemOf<M extends PagedMethod> = WdtMethodMap[M] extends { item: infer I } ? I : never;
type ParamsOf<M extends PagedMethod> = WdtMethodMap[M]['args'][0];

/**
 * The full client: every method as `wdt.<wire.name>(...)`, plus `call` for any method by name and
 * `paginate` over the items of a paged query.
 *
 * @example
 * const wdt = new WdtClient({ sid, appKey, appSecret });
 * await wdt.wms.stockin.PreStockin.cancel('RK2004210014');
 */
export class WdtClient extends WdtGeneratedClient {
  /**
   * Calls a method by wire name; typed for known methods, any string allowed. Paged methods need
   * `options.pager`; the result is then the raw `data`.
   */
  call<M extends keyof WdtMethodMap>(method: M, args: WdtMethodMap[M]['args'], options?: RawCallOptions): Promise<WdtMethodMap[M]['result']>;
  call(method: string, args: unknown[], options?: RawCallOptions): Promise<unknown>;
  async call(method: string, args: unknown[], options: RawCallOptions = {}): Promise<unknown> {
    const meta: MethodMeta | undefined = methodIndex[method];
    if (meta) {
      if (meta.paged) {
        if (!options.pager) throw new TypeError(`${method} is a paged query: pass options.pager ({ pageSize, pageNo })`);
        return (await this.invokePage(meta, args, options.pager, options)).data;
      }
      return this.invoke(meta, args, options);
    }
    return (await this.send(method, args, options)).data;
  }

  /** Like `call` for a paged method, but returns the page with items and total. */
  async callPage(method: string, args: unknown[], options: RawCallOptions & { pager: NonNullable<RawCallOptions['pager']> }) {
    const meta = methodIndex[method];
    if (meta) return this.invokePage(meta, args, options.pager, options);
    const envelope = await this.send(method, args, options);
    return toPage({ method, title: method, idempotent: options.idempotent ?? false, paged: { listKey: null, total: 'total' }, args: [] }, envelope, options.pager);
  }

  /** Every item of a paged query, fetched page by page as you iterate. */
  paginate<M extends PagedMethod>(method: M, params: ParamsOf<M>, options?: PaginateOptions): AsyncGenerator<ItemOf<M>, void, undefined>;
  paginate(method: string, params: unknown, options?: PaginateOptions): AsyncGenerator<unknown, void, undefined>;
  paginate(method: string, params: unknown, options: PaginateOptions = {}): AsyncGenerator<unknown, void, undefined> {
    const meta = methodIndex[method];
    if (!meta) throw new TypeError(`unknown method ${method}: paginate needs a spec'd paged method`);
    return paginateItems(this, meta, params, options);
  }

  /**
   * Every item of a paged query over a long time range: split into windows no wider than the
   * method's documented maximum span, each paged through.
   */
  paginateRange<M extends PagedMethod>(method: M, params: Omit<ParamsOf<M>, 'start_time' | 'end_time'>, options: PaginateRangeOptions): AsyncGenerator<ItemOf<M>, void, undefined>;
  paginateRange(method: string, params: Record<string, unknown>, options: PaginateRangeOptions): AsyncGenerator<unknown, void, undefined>;
  paginateRange(method: string, params: Record<string, unknown>, options: PaginateRangeOptions): AsyncGenerator<unknown, void, undefined> {
    const meta = methodIndex[method];
    if (!meta) throw new TypeError(`unknown method ${method}: paginateRange needs a spec'd paged method`);
    return paginateTimeRange(this, meta, params, options);
  }
}
