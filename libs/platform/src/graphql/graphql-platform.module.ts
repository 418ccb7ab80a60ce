import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { createErrorFormatter } from '../errors/format-error';
import { JsonLogger } from '../logging/json-logger';
import { LocalDateScalar } from './local-date.scalar';
import { MAX_PAGE_SIZE } from './pagination';
import { queryLimitsRule } from './query-limits';

/**
 * Code-first GraphQL over Apollo. The schema is kept in memory; `npm run schema:generate`
 * writes the committed schema.gql and a test fails when the two differ.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): ApolloDriverConfig => {
        const production = config.nodeEnv === 'production';
        return {
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          introspection: !production,
          playground: false,
          plugins: production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })],
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          validationRules: [queryLimitsRule({ ...config.graphql, maxListSize: MAX_PAGE_SIZE })],
          formatError: createErrorFormatter(new JsonLogger(config.logLevel), production),
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
        };
      },
    }),
  ],
  providers: [LocalDateScalar],
})
export class GraphqlPlatformModule {}
