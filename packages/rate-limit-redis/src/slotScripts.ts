/**
 * The two Lua scripts that make the budgets atomic across processes: Redis runs a script alone, so
 * no two workers can both see a free slot and both take it. Each bucket has two sorted sets:
 * `run` (lease id → when the lease expires) and `win` (call id → when the call ended). Time is the
 * Redis server's (TIME), one clock for every machine.
 *
 * A call counts against `perMinute` from its acquire until one window after it ended (a lease past
 * its expiry ends at its expiry: its process died or hung). So however late a request reaches
 * Wangdian, no window of the server's sees more than `perMinute` calls of a bucket.
 *
 * KEYS: run, win of each bucket. ARGV: lease id, hold ms, window ms, then perMinute and
 * concurrency of each bucket (0: none).
 * Returns 0 when the slots were taken; else the ms before a window slot can free (at least 1), or
 * -1 when only a release (or a lease's expiry) frees a concurrency slot, whose time nobody knows.
 */
export const ACQUIRE_SCRIPT: string = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local id, hold, window = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local sure, released = 0, false
for i = 1, #KEYS / 2 do
  local run, win = KEYS[2 * i - 1], KEYS[2 * i]
  local perMinute, concurrency = tonumber(ARGV[2 + 2 * i]), tonumber(ARGV[3 + 2 * i])
  local expired = redis.call('ZRANGEBYSCORE', run, '-inf', now, 'WITHSCORES')
  for j = 1, #expired, 2 do
    if perMinute > 0 then redis.call('ZADD', win, expired[j + 1], expired[j]) end
  end
  if #expired > 0 then redis.call('ZREMRANGEBYSCORE', run, '-inf', now) end
  redis.call('ZREMRANGEBYSCORE', win, '-inf', now - window)
  local running = redis.call('ZCARD', run)
  if concurrency > 0 and running >= concurrency then released = true end
  local ended = redis.call('ZCARD', win)
  if perMinute > 0 and running + ended >= perMinute then
    -- A release never frees a window slot: the oldest ended call leaving the window does.
    local free_in = window
    if ended > 0 then free_in = tonumber(redis.call('ZRANGE', win, 0, 0, 'WITHSCORES')[2]) + window - now end
    sure = math.max(sure, free_in, 1)
  end
end
if sure > 0 then return sure end
if released then return -1 end
-- Keys outlive every lease in them and every call still in its window (never shortened: another
-- process's lease may hold longer), then vanish when a bucket falls idle.
local ttl = hold + window + 1000
for i = 1, #KEYS do
  if i % 2 == 1 then redis.call('ZADD', KEYS[i], now + hold, id) end
  if redis.call('PTTL', KEYS[i]) < ttl then redis.call('PEXPIRE', KEYS[i], ttl) end
end
return 0
`;

/**
 * Gives a lease back: out of `run`, into `win` as a call that ended now (where the bucket counts
 * calls). A lease already past its expiry was moved by ACQUIRE_SCRIPT and is left alone.
 * KEYS: run, win of each bucket. ARGV: lease id, window ms, then perMinute of each bucket (0: none).
 */
export const RELEASE_SCRIPT: string = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local id, window = ARGV[1], tonumber(ARGV[2])
for i = 1, #KEYS / 2 do
  local run, win = KEYS[2 * i - 1], KEYS[2 * i]
  if redis.call('ZREM', run, id) == 1 and tonumber(ARGV[2 + i]) > 0 then
    redis.call('ZADD', win, now, id)
    if redis.call('PTTL', win) < window + 1000 then redis.call('PEXPIRE', win, window + 1000) end
  end
end
return 0
`;
