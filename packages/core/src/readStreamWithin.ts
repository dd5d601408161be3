/**
 * The bytes of a body stream, or undefined as soon as they pass `maxBytes`: the rest is never read
 * (the stream is cancelled), so an oversized body costs at most `maxBytes` of memory. Used for the
 * answers the client reads and the requests the mock reads.
 */
export async function readStreamWithin(stream: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: when the stream is one branch of a tee (msw clones every request), cancelling it
      // settles only once the other branch is cancelled too, which may be never.
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
