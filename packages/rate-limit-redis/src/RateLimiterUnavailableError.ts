/**
 * The shared limiter could not reach Redis and was told to fail closed (`onUnavailable: 'closed'`):
 * the call was not sent. `cause` is the Redis client's error. The message never carries the URL
 * (it may hold a password).
 */
export class RateLimiterUnavailableError extends Error {
  override name = 'RateLimiterUnavailableError';
  /** The method whose call was not sent. */
  readonly method: string;

  constructor(method: string, cause: unknown) {
    super(`${method}: not sent: the shared rate limiter cannot reach Redis (${describe(cause)})`, { cause });
    this.method = method;
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // ioredis messages name host and port at most, but strip anything URL-like to be sure.
  return message.replace(/rediss?:\/\/\S+/g, 'redis://…');
}
