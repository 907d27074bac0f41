import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { ClsModule } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import type { Request } from 'express';
import { join } from 'node:path';
import {
  AbuseLimitModule,
  AuditLogModule,
  CLIENT_ADDRESS,
  CoreModule,
  createValidationPipe,
  formatGraphqlError,
  GraphqlErrorLog,
  JobsModule,
  MailModule,
  MediaModule,
  TransactionalAdapterTypeOrm,
  WellFormedTextPipe,
} from '@allmende/core';
import { CatalogModule } from '@allmende/catalog';
import { AccountService, IdentityModule } from '@allmende/identity';
import { ProvenanceModule } from '@allmende/provenance';
import { LedgerModule } from '@allmende/ledger';
import { PaymentsModule } from '@allmende/payments';
import { TradeModule } from '@allmende/trade';
import { MembershipModule } from '@allmende/membership';
import { GovernanceModule } from '@allmende/governance';
import { DividendsModule } from '@allmende/dividends';
import { ApiConfig } from './config/api-config';
import { dataSourceOptions } from './database/data-source';
import { buildRequestContext } from './graphql/request-context';
import { publicQueryCachePlugins } from './graphql/public-query-cache';
import { queryLimitsPlugin } from './graphql/query-limits.plugin';
import { HealthController } from './health/health.controller';

export interface AppRuntime {
  config: ApiConfig;
  databaseUrl: string;
  embedded: boolean;
  jwtSecret: string;
  /** Overrides JOBS_IN_PROCESS: the worker process always works jobs. */
  work?: boolean;
}

@Module({})
export class AppModule {
  static forRoot(runtime: AppRuntime): DynamicModule {
    const { config } = runtime;
    const identity = IdentityModule.forRoot({
      jwtSecret: runtime.jwtSecret,
      tokenTtlSeconds: config.TOKEN_TTL_SECONDS,
      loginAttemptsPerMinute: config.LOGIN_ATTEMPTS_PER_MINUTE,
    });
    const graphqlLogger = new Logger('GraphQL');
    const graphqlErrorLog: GraphqlErrorLog = {
      refusal: (entry) => graphqlLogger.log({ msg: 'refused', ...entry }),
      unexpected: (error) => graphqlLogger.error(error),
    };
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            // Static assets and health probes would drown the log.
            autoLogging: { ignore: (req) => /^\/(assets|health|favicon)/.test(req.url ?? '') },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(runtime.databaseUrl, { embedded: runtime.embedded })),
        ClsModule.forRoot({
          global: true,
          // The client's address for the audit log, as Express resolved it (trust proxy: loopback).
          middleware: { mount: true, setup: (cls, req: Request) => cls.set(CLIENT_ADDRESS, req.ip ?? req.socket?.remoteAddress) },
          plugins: [
            new ClsPluginTransactional({
              imports: [TypeOrmModule],
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
            }),
          ],
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [identity],
          inject: [AccountService],
          useFactory: (accounts: AccountService) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            playground: false,
            introspection: true,
            includeStacktraceInErrorResponses: false,
            context: ({ req }: { req: Request }) => buildRequestContext(req, accounts),
            formatError: (formatted, error) => formatGraphqlError(formatted, error, graphqlErrorLog),
            plugins: [
              queryLimitsPlugin(config.GRAPHQL_MAX_DEPTH, config.GRAPHQL_MAX_COMPLEXITY, config.GRAPHQL_MAX_MUTATIONS),
              ...publicQueryCachePlugins(config.PUBLIC_QUERY_CACHE_SECONDS),
            ],
          }),
        }),
        TerminusModule,
        CoreModule,
        AuditLogModule,
        AbuseLimitModule.forRoot({
          perHour: {
            registration: config.REGISTRATIONS_PER_HOUR,
            checkout: config.CHECKOUTS_PER_HOUR,
            refund: config.REFUNDS_PER_HOUR,
            vote: config.VOTES_PER_HOUR,
          },
          loginFailuresBeforeLockout: config.LOGIN_LOCKOUT_AFTER_FAILURES,
        }),
        JobsModule.forRoot({
          work: runtime.work ?? config.JOBS_IN_PROCESS,
          expireInSeconds: config.JOB_EXPIRE_SECONDS,
          // Lost runs are looked for a few times per expiry period.
          superviseIntervalSeconds: Math.min(60, Math.max(1, Math.floor(config.JOB_EXPIRE_SECONDS / 3))),
        }),
        MediaModule.forRoot({ directory: config.MEDIA_DIR ?? join(config.DATA_DIR, 'media') }),
        MailModule.forRoot({
          smtpUrl: config.SMTP_URL ?? null,
          mailDirectory: join(config.DATA_DIR, 'mail'),
          from: config.MAIL_FROM,
          publicUrl: config.PUBLIC_URL ?? null,
        }),
        identity,
        CatalogModule,
        ProvenanceModule,
        LedgerModule,
        PaymentsModule.forRoot({
          stripe:
            config.STRIPE_SECRET_KEY && config.STRIPE_WEBHOOK_SECRET
              ? {
                  secretKey: config.STRIPE_SECRET_KEY,
                  webhookSecret: config.STRIPE_WEBHOOK_SECRET,
                  publishableKey: config.STRIPE_PUBLISHABLE_KEY ?? null,
                  host: config.STRIPE_API_HOST,
                  port: config.STRIPE_API_PORT,
                  protocol: config.STRIPE_API_PROTOCOL,
                }
              : null,
          // Under test every Stripe (or offline) call inside a transaction throws, so the suite proves none happens.
          refuseCallsInTransactions: process.env.NODE_ENV === 'test',
        }),
        TradeModule.forRoot({ reservationMinutes: config.CHECKOUT_RESERVATION_MINUTES }),
        MembershipModule,
        GovernanceModule.forRoot({ clock: config.GOVERNANCE_CLOCK }),
        DividendsModule.forRoot({ debtor: { name: config.COOP_NAME, iban: config.COOP_IBAN } }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useClass: WellFormedTextPipe },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
