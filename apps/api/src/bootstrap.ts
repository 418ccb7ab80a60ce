import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, configureHttp, JsonLogger } from '@waymark/platform';
import { ApiOptions, AppModule } from './app.module';
import { serveConsole } from './console/serve-console';

/** Creates and configures the API application; shared by main.ts and the end-to-end tests. */
export async function createApi(config: AppConfig, options?: ApiOptions): Promise<INestApplication> {
  const logger = new JsonLogger(config.logLevel);
  const app = await NestFactory.create(AppModule.register(config, options), { logger, abortOnError: false });
  configureHttp(app, config);
  serveConsole(app, config);
  return app;
}
