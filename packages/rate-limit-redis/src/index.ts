export { RedisRateLimiter, createRedisRateLimiter, type RedisRateLimiterOptions } from './RedisRateLimiter.js';
export { RateLimiterUnavailableError } from './RateLimiterUnavailableError.js';
