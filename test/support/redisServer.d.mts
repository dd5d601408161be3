export function redisServerOnPath(): boolean;
export function hasRedisServer(): boolean;
export function startRedisServer(): Promise<{ url: string; port: number; stop(): Promise<void> }>;
