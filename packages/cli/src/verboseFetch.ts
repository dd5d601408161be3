import type { FetchLike } from '@wdt-kit/core';
import type { CliIo } from './CliIo.js';
import { visibleText } from './visibleText.js';

/** How much of each response body --verbose shows. */
export const VERBOSE_BODY_BYTES = 2000;

/**
 * A fetch that reports each request and response on stderr (nothing there carries the secret).
 * The response body is passed through as a stream and only its first bytes are kept for the log,
 * so the client's size limit still applies and memory stays bounded however large the answer
 * (cloning the response used to buffer all of it: 5.4 GB for a 1 GiB answer).
 */
export function verboseFetch(io: CliIo, inner: FetchLike = (url, init) => fetch(url, init)): FetchLike {
  return async (url, init) => {
    io.stderr.write(`> POST ${visibleText(url)}\n> ${visibleText(init.body)}\n`);
    const response = await inner(url, init);
    io.stderr.write(`< HTTP ${response.status}\n`);
    // A body is not allowed with these statuses; they have none to show.
    if (!response.body || [101, 204, 205, 304].includes(response.status)) return response;
    const head: Uint8Array[] = [];
    let kept = 0;
    let total = 0;
    const logged = () => {
      const text = new TextDecoder().decode(Buffer.concat(head)).replace(/\uFFFD$/, '');
      io.stderr.write(`< ${visibleText(text)}${total > kept ? `… (${total} bytes so far)` : ''}\n`);
    };
    const tap = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (kept < VERBOSE_BODY_BYTES) {
          const part = chunk.subarray(0, VERBOSE_BODY_BYTES - kept);
          head.push(part);
          kept += part.byteLength;
          if (kept >= VERBOSE_BODY_BYTES) logged();
        }
        controller.enqueue(chunk);
      },
      flush() {
        if (kept < VERBOSE_BODY_BYTES) logged();
      },
    });
    return new Response(response.body.pipeThrough(tap), { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
