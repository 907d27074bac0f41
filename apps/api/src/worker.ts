import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/api-config';

/**
 * `npm run worker`: works the job queue (event subscribers, imports, timers) without serving
 * HTTP, beside API processes started with JOBS_IN_PROCESS=false, all on one PostgreSQL.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
    if (!config.DATABASE_URL)
      throw new ConfigError('Invalid configuration:\n  the worker needs DATABASE_URL (the embedded database serves one process)');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, databaseUrl: config.DATABASE_URL, embedded: false, jwtSecret: config.JWT_SECRET!, work: true }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  console.log('Allmende worker is running (PostgreSQL at DATABASE_URL)');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void app.close().then(() => process.exit(0)));
  }
}

void main();
