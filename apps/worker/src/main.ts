import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, JsonLogger, loadConfig } from '@waymark/platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  let config;
  try {
    // The API owns migrations; a worker starting first must not race it.
    config = loadConfig({ DATABASE_MIGRATE_ON_START: 'false', ...process.env });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nThe worker did not start.\n`);
    process.exit(78);
  }
  if (!config.redis.url) {
    process.stderr.write('The worker needs REDIS_URL. Without Redis the API runs jobs in its own process, and no worker is needed.\n');
    process.exit(78);
  }
  const logger = new JsonLogger(config.logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger });
  app.enableShutdownHooks();
  logger.event('info', 'worker.started', { queuePrefix: config.redis.queuePrefix });
}

main().catch((error) => {
  process.stderr.write(`The worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
