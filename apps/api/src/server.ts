import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import compression from 'compression';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { MailService } from '@allmende/core';
import { AppModule } from './app.module';
import { ApiConfig } from './config/api-config';
import { embeddedDataPath, startEmbeddedPostgres } from './database/embedded-postgres';
import { DemoLogin, seedDemo } from './seed/demo-seed';
import { limitRequestBodies } from './http/request-body';
import { mountStorefront } from './storefront';

export interface RunningServer {
  app: INestApplication;
  url: string;
  embedded: boolean;
  /** Logins of the demo data, when it was loaded by this start. */
  demoLogins: DemoLogin[] | null;
  stop(): Promise<void>;
}

/** The embedded mode keeps its own signing secret next to its data, so sessions survive a restart. */
function embeddedJwtSecret(dataDir: string): string {
  const file = embeddedDataPath(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(embeddedDataPath(dataDir, ''), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** Starts the whole marketplace: database (embedded unless DATABASE_URL), migrations, API, storefront, demo seed. */
export async function startServer(config: ApiConfig): Promise<RunningServer> {
  const embeddedDb = config.DATABASE_URL ? null : await startEmbeddedPostgres(config.DATA_DIR);
  try {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({
        config,
        databaseUrl: config.DATABASE_URL ?? embeddedDb!.url,
        embedded: embeddedDb !== null,
        jwtSecret: config.JWT_SECRET ?? embeddedJwtSecret(config.DATA_DIR),
      }),
      // rawBody: webhooks (Stripe) verify their signature over the exact bytes received.
      { bufferLogs: true, rawBody: true },
    );
    app.useLogger(app.get(Logger));
    app.set('trust proxy', 'loopback');
    app.enableShutdownHooks();
    // gzip or brotli (whichever the client prefers) for pages, GraphQL answers and scripts.
    app.use(compression());
    const storefront = config.SERVE_STOREFRONT && mountStorefront(app);
    // After the storefront, which reads its own form posts: the API's routes get parsed, bounded bodies.
    limitRequestBodies(app, config.MAX_BODY_BYTES);
    await app.init();
    const demoLogins = (config.SEED_DEMO ?? embeddedDb !== null) ? await seedDemo(app) : null;
    await app.listen(config.PORT, config.HOST);
    const address = app.getHttpServer().address() as { port: number };
    const url = `http://127.0.0.1:${address.port}`;
    app.get(MailService).setListeningUrl(url);
    // The storefront renders in this process and calls the API over loopback, on the port we got.
    if (storefront) process.env.ALLMENDE_API_URL = `${url}/graphql`;
    return {
      app,
      url,
      embedded: embeddedDb !== null,
      demoLogins,
      async stop() {
        await app.close();
        await embeddedDb?.stop();
      },
    };
  } catch (error) {
    await embeddedDb?.stop();
    throw error;
  }
}
