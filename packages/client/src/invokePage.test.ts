import { WdtValidationError, type MethodMeta } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { invokePage } from './invokePage.js';
import { WdtBareClient } from './WdtBareClient.js';

const account = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: 'a:b' };
const search: MethodMeta = {
  method: 'demo.Thing.search',
  idempotent: true,
  paged: { listKey: 'order', total: 'data.total_count', maxPageSize: 100 },
  args: [{ name: 'params', required: true, schema: { type: 'object' } }],
};

/** A client whose server answers one page of two rows and counts the requests. */
function pageServer() {
  const sent: string[] = [];
  const fetch = async (url: string) => {
    sent.push(url);
    return new Response(JSON.stringify({ status: 0, data: { total_count: '7', order: [{ no: 1 }, { no: 2 }] } }));
  };
  return { client: new WdtBareClient({ ...account, fetch }), sent };
}

describe('invokePage', () => {
  it('sends the pager in the signed query and returns the items and the total of the spec shape', async () => {
    const { client, sent } = pageServer();
    const page = await invokePage(client, search, [{}], { pageSize: 2, pageNo: 3, calcTotal: true });
    expect(page).toMatchObject({ items: [{ no: 1 }, { no: 2 }], total: 7, pageNo: 3, pageSize: 2 });
    const query = new URL(sent[0]!).searchParams;
    expect([query.get('page_size'), query.get('page_no'), query.get('calc_total')]).toEqual(['2', '3', '1']);
  });

  // Checked by the arguments' checker before anything is sent: an integer from 1 to the documented maximum.
  it.each<[string, unknown, string]>([
    ['no pageSize', undefined, 'type'],
    ['0', 0, 'minimum'],
    ['a fraction', 1.5, 'type'],
    ['NaN', Number.NaN, 'finite'],
    ['beyond the maximum', 101, 'maximum'],
  ])('a pageSize of %s is a WdtValidationError and nothing is sent', async (_name, pageSize, rule) => {
    const { client, sent } = pageServer();
    const error = await invokePage(client, search, [{}], { pageSize: pageSize as number }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WdtValidationError);
    expect((error as WdtValidationError).issues).toEqual([expect.objectContaining({ path: 'pager.pageSize', rule })]);
    expect(sent).toHaveLength(0);
  });

  it('refuses a method that is not paged', async () => {
    const { client } = pageServer();
    await expect(invokePage(client, { ...search, paged: false }, [{}], { pageSize: 10 })).rejects.toThrow(TypeError);
  });
});
