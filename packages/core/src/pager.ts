/** Paging of a paged query. Sent in the query string (and signed), never in the body. */
export interface Pager {
  /** Rows per page. */
  pageSize: number;
  /** 0-based page number. */
  pageNo?: number;
  /** Ask the server to compute the total count. */
  calcTotal?: boolean;
}

/** The pager's query parameters as signed and sent. */
export function pagerParams(pager: Pager): Record<'page_size' | 'page_no' | 'calc_total', string> {
  return {
    page_size: String(pager.pageSize),
    page_no: String(pager.pageNo ?? 0),
    calc_total: pager.calcTotal ? '1' : '0',
  };
}
