// Queue benchmark: jobs per second through the durable queue (pg-boss 10 in PostgreSQL itself) on both database
// paths, the server's PostgreSQL (pool of 10) and the embedded PGlite (one connection, as `npm start` runs it).
//
//   npm run bench:queue -- [--jobs 2000] [--batch 50]
//
// Each path: a fresh database, migrated; the queue in this process working its jobs (as the API does by default).
// Measured: (1) `jobs`: one-off jobs sent `batch` per transaction (as services send them: rows of the transaction,
// started after its commit), timed from the first send until the last has run; (2) `events`: domain events published
// through the outbox, one per transaction, each with two subscribers (so two jobs per event, one with its
// handled_event record in its own transaction). One JSON line per measurement to bench/results/queue-<stamp>.jsonl.
import 'reflect-metadata';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Injectable, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { ClsModule, ClsService } from 'nestjs-cls';
import { Client } from 'pg';
import { DomainEvent, JobHandler, JobQueue, JobsModule, OnEvent, TransactionalAdapterTypeOrm, TxHost } from '@allmende/core';
import { dataSourceOptions } from '../../apps/api/src/database/data-source';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { arg, databaseUrl, machine, pgOptions } = require('../catalog/common') as {
  arg(name: string, fallback: unknown): string;
  databaseUrl(db: string): string;
  machine(): { cpu: string; cores: number; memGiB: number; node: string };
  pgOptions(db: string): object;
};

const JOBS = Number(arg('jobs', 2000));
const BATCH = Number(arg('batch', 50));
const DB = 'allmende_queue_bench';
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const resultsFile = join(__dirname, '..', 'results', `queue-${stamp}.jsonl`);
const emit = (line: object) => {
  console.log(JSON.stringify(line));
  appendFileSync(resultsFile, JSON.stringify(line) + '\n');
};

class BenchTicked extends DomainEvent<{ n: number }>('BenchTicked') {}
const done = { jobs: 0, events: 0 };

@Injectable()
class BenchHandlers {
  @JobHandler('bench.noop', { retryLimit: 0 })
  async noop(): Promise<void> {
    done.jobs++;
  }

  @OnEvent(BenchTicked)
  async first(): Promise<void> {
    done.events++;
  }

  @OnEvent(BenchTicked, { transaction: false })
  async second(): Promise<void> {
    done.events++;
  }
}

async function startQueue(url: string, embedded: boolean): Promise<INestApplicationContext> {
  @Module({
    imports: [
      TypeOrmModule.forRoot(dataSourceOptions(url, { embedded })),
      ClsModule.forRoot({
        global: true,
        plugins: [
          new ClsPluginTransactional({
            imports: [TypeOrmModule],
            adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
          }),
        ],
      }),
      JobsModule.forRoot({ work: true, pollingIntervalSeconds: 1 }),
    ],
    providers: [BenchHandlers],
  })
  class QueueBenchModule {}
  const app = await NestFactory.createApplicationContext(QueueBenchModule, { logger: false });
  await app.init();
  return app;
}

async function until(what: () => boolean, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!what()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function measure(path: 'postgresql' | 'pglite', url: string): Promise<{ jobsPerSecond: number; eventsPerSecond: number }> {
  const app = await startQueue(url, path === 'pglite');
  try {
    const cls = app.get(ClsService);
    const txHost = app.get(TxHost);
    const jobs = app.get(JobQueue);
    await jobs.settle(60_000);
    done.jobs = 0;
    done.events = 0;

    let started = performance.now();
    for (let sent = 0; sent < JOBS; sent += BATCH) {
      await cls.run(() =>
        txHost.withTransaction(async () => {
          for (let k = 0; k < Math.min(BATCH, JOBS - sent); k++) await jobs.enqueue('bench.noop', { n: sent + k });
        }),
      );
    }
    const sentJobs = (performance.now() - started) / 1000;
    await until(() => done.jobs >= JOBS);
    const jobSeconds = (performance.now() - started) / 1000;
    const jobsPerSecond = +(JOBS / jobSeconds).toFixed(1);
    emit({
      step: 'jobs',
      path,
      jobs: JOBS,
      batch: BATCH,
      seconds: +jobSeconds.toFixed(2),
      sendSeconds: +sentJobs.toFixed(2),
      jobsPerSecond,
    });

    const events = Math.max(1, Math.floor(JOBS / 4));
    started = performance.now();
    for (let n = 0; n < events; n++) {
      await cls.run(() => txHost.withTransaction(() => jobs.publish(new BenchTicked({ n }))));
    }
    await until(() => done.events >= 2 * events);
    const eventSeconds = (performance.now() - started) / 1000;
    const eventsPerSecond = +(events / eventSeconds).toFixed(1);
    emit({
      step: 'events',
      path,
      events,
      subscriberJobs: 2 * events,
      seconds: +eventSeconds.toFixed(2),
      eventsPerSecond,
      subscriberJobsPerSecond: +((2 * events) / eventSeconds).toFixed(1),
    });
    return { jobsPerSecond, eventsPerSecond };
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const m = machine();
  emit({ step: 'machine', ...m, jobs: JOBS, batch: BATCH });

  const admin = new Client(pgOptions('postgres'));
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  const postgres = await measure('postgresql', databaseUrl(DB));

  const dataDir = mkdtempSync(join(tmpdir(), 'allmende-queue-bench-'));
  const embedded = await startEmbeddedPostgres(dataDir);
  let pglite;
  try {
    pglite = await measure('pglite', embedded.url);
  } finally {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  console.log(`\nQueue benchmark on ${m.cpu} (${m.cores} cores, ${m.memGiB} GiB, node ${m.node})`);
  console.log(
    `  PostgreSQL: ${postgres.jobsPerSecond} jobs/s (${JOBS} jobs, ${BATCH} per transaction), ${postgres.eventsPerSecond} events/s (2 subscribers each)`,
  );
  console.log(`  PGlite:     ${pglite.jobsPerSecond} jobs/s, ${pglite.eventsPerSecond} events/s`);
  console.log(
    `  PGlite / PostgreSQL: jobs ${(pglite.jobsPerSecond / postgres.jobsPerSecond).toFixed(2)}, events ${(pglite.eventsPerSecond / postgres.eventsPerSecond).toFixed(2)}`,
  );
  console.log(`  results: bench/results/queue-${stamp}.jsonl`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
