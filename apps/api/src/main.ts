import 'reflect-metadata';
import { AppConfig, ConfigError, JsonLogger, loadConfig } from '@waymark/platform';
import { DataSource } from 'typeorm';
import { createApi } from './bootstrap';

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = new JsonLogger(config.logLevel);
  stopWithin(config.shutdownTimeoutMs, logger);
  const app = await createApi(config);
  await app.listen(config.http.port, config.http.host);
  logger.event('info', 'api.listening', {
    console: `http://${config.http.host}:${config.http.port}/`,
    url: `http://${config.http.host}:${config.http.port}/graphql`,
    database: config.database.url ? 'postgres' : `embedded (${config.database.pgliteDataDir})`,
    queue: config.redis.url ? 'bullmq' : 'in-process',
  });
  await printFirstRunHint(app.get(DataSource), config);
}

function configOrExit(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nWaymark did not start. Fix the settings above and start it again.\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/** Nest closes the app on SIGTERM/SIGINT; if draining takes too long, stop anyway. */
function stopWithin(timeoutMs: number, logger: JsonLogger): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.event('info', 'api.stopping', { signal });
      setTimeout(() => process.exit(1), timeoutMs).unref();
    });
  }
}

async function printFirstRunHint(dataSource: DataSource, config: AppConfig): Promise<void> {
  const [{ admins }] = await dataSource.query(`SELECT count(*)::int AS admins FROM app_user WHERE 'ADMIN' = ANY(roles) AND active`);
  if (admins > 0) return;
  const command = `npm run cli -- create-admin --email you@example.org --password '<at least 12 characters>'`;
  const embedded = !config.database.url;
  process.stdout.write(
    `\nWaymark is running at http://${config.http.host}:${config.http.port}/graphql but has no administrator yet.\n` +
      (embedded
        ? `The embedded database serves one process at a time: stop this one (Ctrl+C), run\n  ${command}\nthen start it again with npm start.\n\n`
        : `Create one with\n  ${command}\n\n`),
  );
}

main().catch((error) => {
  process.stderr.write(`Waymark failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
