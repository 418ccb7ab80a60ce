import { Module } from '@nestjs/common';
import { APP_CONFIG, JsonLogger } from '@waymark/platform';
import { AccessModule } from '../access.module';
import { createRequestRateStore, REQUEST_RATE_STORE } from './request-rate-store';

/**
 * The request limit's store, for the API only (the worker and the CLI serve no requests, so they
 * open no connection for it). The API applies RequestRateLimitMiddleware to its routes.
 */
@Module({
  imports: [AccessModule],
  providers: [{ provide: REQUEST_RATE_STORE, inject: [APP_CONFIG, JsonLogger], useFactory: createRequestRateStore }],
  exports: [REQUEST_RATE_STORE, AccessModule],
})
export class RequestRateLimitModule {}
