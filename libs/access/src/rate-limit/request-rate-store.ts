import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { OnModuleInit } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { AppConfig, JsonLogger } from '@waymark/platform';

/** Where request counts are kept: in Redis when there is one, so every API instance counts together; else in this process's memory. */
export const REQUEST_RATE_STORE = Symbol('REQUEST_RATE_STORE');

export function createRequestRateStore(config: AppConfig, logger: JsonLogger): ThrottlerStorage {
  return config.redis.url ? new RedisRequestRateStore(config.redis.url, logger) : new ThrottlerStorageService();
}

/**
 * The library's Redis store (one Lua script per count, so instances never race), failing fast:
 * while Redis is away a count is refused at once instead of waiting on a reconnect, and the
 * limiter lets the request through.
 */
class RedisRequestRateStore extends ThrottlerStorageRedisService implements OnModuleInit {
  constructor(url: string, logger: JsonLogger) {
    super(url, { maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 1000, retryStrategy: (times) => Math.min(times * 200, 2000) });
    this.redis.on('error', (error: Error) => logger.event('warn', 'rate_limit.redis_error', { error: error.message }));
  }

  /** Gives the connection a moment before the first request, so an instance counts from the start. */
  async onModuleInit(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await Promise.race([new Promise((resolve) => this.redis.once('ready', resolve)), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  }

  override increment(...args: Parameters<ThrottlerStorageRedisService['increment']>): ReturnType<ThrottlerStorageRedisService['increment']> {
    if (this.redis.status !== 'ready') return Promise.reject(new Error(`Redis is not connected (${this.redis.status})`));
    return super.increment(...args);
  }
}
