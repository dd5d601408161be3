/**
 * What the mock answers to one call, as it goes on the wire: `{"status":0,"data":…}` or
 * `{"status":N,"message":"…"}`; a few paged methods put `total` at the top level (protocol §6).
 */
export interface MockEnvelope {
  status: number;
  message?: string;
  total?: number;
  data?: unknown;
}

/** A failure envelope: `{"status":N,"message":"…"}`. */
export function failure(status: number, message: string): MockEnvelope {
  return { status, message };
}
