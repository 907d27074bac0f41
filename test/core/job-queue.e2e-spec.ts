import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Injectable, INestApplicationContext, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { ClsModule, ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@allmende/api';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import {
  DomainEvent,
  EventDelivery,
  JobHandler,
  JobQueue,
  JobsModule,
  OnEvent,
  TransactionalAdapterTypeOrm,
  TxHost,
} from '@allmende/core';
import { truncateAll, workerDatabaseUrl } from '@allmende/testing';

class ParcelPacked extends DomainEvent<{ parcel: string }>('TestParcelPacked') {}

/** What the test subscribers and job handler saw, shared by every app the test starts. */
const seen = { labels: [] as string[], notices: [] as string[], counted: [] as string[], failOnce: new Set<string>() };

@Injectable()
class LabelPrinter {
  @OnEvent(ParcelPacked)
  async print(event: ParcelPacked, delivery: EventDelivery): Promise<void> {
    if (seen.failOnce.delete(event.parcel)) throw new Error('printer jammed');
    seen.labels.push(`${event.parcel}#${delivery.attempt}`);
  }
}

@Injectable()
class CustomerNotifier {
  @OnEvent(ParcelPacked, { retryDelaySeconds: 1 })
  async notify(event: ParcelPacked): Promise<void> {
    seen.notices.push(event.parcel);
  }

  @JobHandler('test.count-parcels')
  async count(data: { parcel: string }): Promise<void> {
    seen.counted.push(data.parcel);
  }
}

async function startQueue(url: string, options: { embedded: boolean; work: boolean }): Promise<INestApplicationContext> {
  @Module({
    imports: [
      TypeOrmModule.forRoot(dataSourceOptions(url, { embedded: options.embedded })),
      ClsModule.forRoot({
        global: true,
        plugins: [
          new ClsPluginTransactional({
            imports: [TypeOrmModule],
            adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
          }),
        ],
      }),
      JobsModule.forRoot({ work: options.work }),
    ],
    providers: [LabelPrinter, CustomerNotifier],
  })
  class QueueTestModule {}
  const moduleRef = await Test.createTestingModule({ imports: [QueueTestModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

/** Publishes in a transaction of its own; `rollBack` throws after publishing. */
async function packParcel(app: INestApplicationContext, parcel: string, rollBack = false): Promise<void> {
  const txHost = app.get(TxHost);
  const jobs = app.get(JobQueue);
  await app.get(ClsService).run(() =>
    txHost.withTransaction(async () => {
      await jobs.publish(new ParcelPacked({ parcel }));
      await jobs.enqueue('test.count-parcels', { parcel });
      if (rollBack) throw new Error('rolled back');
    }),
  );
}

beforeEach(() => {
  seen.labels = [];
  seen.notices = [];
  seen.counted = [];
  seen.failOnce.clear();
});

describe('the job queue and event outbox on PostgreSQL', () => {
  let app: INestApplicationContext;
  beforeAll(async () => {
    app = await startQueue(await workerDatabaseUrl(), { embedded: false, work: true });
  });
  afterAll(() => app.close());
  beforeEach(() => truncateAll(app.get(DataSource)));

  it('delivers a committed event to each subscriber once, as its own job, and sends nothing for a rollback', async () => {
    await packParcel(app, 'p-1');
    await expect(packParcel(app, 'p-2', true)).rejects.toThrow('rolled back');
    await app.get(JobQueue).settle();
    expect(seen).toMatchObject({ labels: ['p-1#0'], notices: ['p-1'], counted: ['p-1'] });
    const events = await app.get(DataSource).query(`SELECT name, payload FROM domain_event`);
    expect(events).toEqual([{ name: 'TestParcelPacked', payload: { parcel: 'p-1' } }]);
  });

  it('retries a subscriber that failed, without running the other one again', async () => {
    seen.failOnce.add('p-3');
    await packParcel(app, 'p-3');
    await app.get(JobQueue).settle();
    expect(seen.labels).toEqual(['p-3#1']);
    expect(seen.notices).toEqual(['p-3']);
  });

  it('skips a redelivered event whose handling has committed', async () => {
    await packParcel(app, 'p-4');
    await app.get(JobQueue).settle();
    // Sends the same event to the subscriber's queue again, as pg-boss would after a lost acknowledgement.
    const dataSource = app.get(DataSource);
    await dataSource.query(
      `INSERT INTO pgboss.job (name, data) SELECT name, data FROM pgboss.job WHERE name = 'TestParcelPacked.LabelPrinter.print'`,
    );
    await app.get(JobQueue).settle();
    expect(seen.labels).toEqual(['p-4#0']);
  });
});

describe('the job queue on the embedded database (one connection)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'allmende-queue-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** One start of the embedded database and the queue, as `npm start` does, stopped again after `work`. */
  async function embeddedRun(work: boolean, during: (app: INestApplicationContext) => Promise<void>): Promise<void> {
    const database = await startEmbeddedPostgres(dataDir);
    try {
      const app = await startQueue(database.url, { embedded: true, work });
      await during(app).finally(() => app.close());
    } finally {
      await database.stop();
    }
  }

  it('starts, runs a job, and after a restart runs the job left pending', async () => {
    await embeddedRun(true, async (app) => {
      await packParcel(app, 'e-1');
      await app.get(JobQueue).settle();
    });
    expect(seen).toMatchObject({ labels: ['e-1#0'], notices: ['e-1'], counted: ['e-1'] });

    // A process that does not work jobs leaves them queued; the next one that does picks them up.
    await embeddedRun(false, (app) => packParcel(app, 'e-2'));
    expect(seen.counted).toEqual(['e-1']);
    await embeddedRun(true, (app) => app.get(JobQueue).settle());
    expect(seen).toMatchObject({ labels: ['e-1#0', 'e-2#0'], notices: ['e-1', 'e-2'], counted: ['e-1', 'e-2'] });
  }, 180_000);
});
