import { readStreamWithin } from '@wdt-kit/core';
// Not awaited: when the body is one branch of a tee (msw clones every request), cancelling it only
// settles once the other branch is cancelled too, which may be never.
function stopReading(cancelled: Promise<void>): void {
  cancelled.catch(() => undefined);
}

/**
 * The bytes of a fetch Request's body, or undefined as soon as they pass `maxBytes`: the rest is
 * never read (the stream is cancelled), so an oversized body costs at most `maxBytes` of memory.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array(0);
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) {
    stopReading(request.body.cancel());
    return undefined;
  }
  return readStreamWithin(request.body, maxBytes);
}
