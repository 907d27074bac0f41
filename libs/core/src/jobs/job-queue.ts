import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ClsService } from 'nestjs-cls';
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { EventClass, EventDelivery } from '../events/domain-event';
import { retryOnConflict, TxHost } from '../transactions/transactions';
import {
  EVENT_SUBSCRIBER_METADATA,
  EventSubscriberMetadata,
  JOB_HANDLER_METADATA,
  JobHandlerMetadata,
  JobOptions,
} from './job-decorators';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobsOptions {
  /** Run job handlers in this process (the API by default); false when `npm run worker` does it elsewhere. */
  work: boolean;
  /** How often an idle queue looks for work it was not told about (jobs of other processes, retries, cron). */
  pollingIntervalSeconds?: number;
  /** A run active longer than this is taken as lost (its process died) and retried; per job with JobOptions. */
  expireInSeconds?: number;
  /** How often lost runs are looked for. */
  superviseIntervalSeconds?: number;
}

/** What a job handler learns besides its data. */
export interface JobRun {
  id: string;
  /** 0 on the first run, then 1, 2, ... on retries. */
  attempt: number;
  /** The retries this job has after this run fails (0: this is its last attempt). */
  retriesLeft: number;
  /** After this long the run is taken as lost and retried: long work stops well before and continues in a new job. */
  expireInSeconds: number;
}

interface EventJobData {
  eventId: string;
  eventName: string;
  fields: object;
}

interface Queue {
  name: string;
  options: JobOptions;
  run(data: unknown, job: JobRun): Promise<void>;
}

type SqlExecutor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/** The jobs a transaction sent (queue name -> job ids), kept on its query runner until it commits. */
const PENDING_JOBS = 'allmende:pendingJobs';
const SCHEMA = 'pgboss';
/** The request context's record of the work its commits started here. */
const STARTED_HERE = 'allmende:jobsStartedHere';

/**
 * The durable job queue and event outbox, in PostgreSQL itself (pg-boss 10 in schema
 * `pgboss`, sharing the app's connection pool, so it runs on the embedded database's single
 * connection too). Jobs and events sent inside a transaction are rows of that transaction:
 * they exist exactly when it commits. After the commit this process starts them at once (when
 * it works jobs); other processes and retries are found by polling.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly queues = new Map<string, Queue>();
  private readonly subscriberQueues = new Map<string, string[]>();
  private readonly running = new Set<Promise<void>>();
  private boss: PgBoss | null = null;
  private poller: NodeJS.Timeout | null = null;
  /** Queues being worked in this process, so a poll does not start a second loop beside a running one. */
  private readonly busy = new Set<string>();
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly txHost: TxHost,
    private readonly cls: ClsService,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.discoverHandlers();
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema: SCHEMA,
      supervise: this.options.work,
      schedule: this.options.work,
      maintenanceIntervalSeconds: this.options.superviseIntervalSeconds ?? 60,
      expireInSeconds: this.options.expireInSeconds ?? 15 * 60,
    });
    boss.on('error', (error) => {
      if (!this.stopping) this.logger.error({ msg: 'job queue error', error: String(error) });
    });
    await boss.start();
    this.boss = boss;
    for (const queue of this.queues.values()) {
      const settings = {
        retryLimit: queue.options.retryLimit ?? 5,
        retryDelay: queue.options.retryDelaySeconds ?? 2,
        retryBackoff: true,
        expireInSeconds: queue.options.expireInSeconds ?? this.options.expireInSeconds ?? 15 * 60,
      };
      await boss.createQueue(queue.name, { name: queue.name, ...settings });
      // createQueue keeps an existing queue's settings: a changed JOB_EXPIRE_SECONDS or retry limit applies from this start on.
      await boss.updateQueue(queue.name, { name: queue.name, ...settings });
      if (queue.options.cron) await boss.schedule(queue.name, queue.options.cron, undefined, { tz: 'UTC' });
    }
    this.dataSource.subscribers.push(this.afterCommit());
    if (this.options.work) {
      // Our own poller rather than pg-boss's work(): every run is ours to await at shutdown.
      this.poller = setInterval(
        () => this.start(new Map([...this.queues.keys()].map((name) => [name, []]))),
        (this.options.pollingIntervalSeconds ?? 2) * 1000,
      );
      this.poller.unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.poller) clearInterval(this.poller);
    await Promise.allSettled([...this.running]);
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000, close: false });
  }

  /**
   * Sends a one-off job to the handler marked `@JobHandler(name)`. Inside a transaction the job
   * is part of it (gone on rollback, started after commit); outside, it is sent at once.
   * A `singletonKey` keeps one queued job per key.
   */
  async enqueue(
    name: string,
    data: object,
    options: { singletonKey?: string; startAfterSeconds?: number } = {},
  ): Promise<string | null> {
    if (!this.queues.has(name)) throw new Error(`No @JobHandler('${name}') is registered`);
    const sendOptions: PgBoss.SendOptions = { singletonKey: options.singletonKey, startAfter: options.startAfterSeconds };
    const runner = this.transactionRunner();
    if (!runner) {
      const id = await this.started.send(name, data, sendOptions);
      this.start(new Map([[name, id ? [id] : []]]));
      return id;
    }
    const id = await this.started.send(name, data, { ...sendOptions, db: executorOf(runner) });
    if (id) pendingJobs(runner, name).push(id);
    return id;
  }

  /**
   * The transactional outbox: stores the event in the caller's transaction, with one job per
   * subscriber; after commit each subscriber runs on its own, at least once. Throws outside a
   * transaction, as an event must never exist without the change it reports.
   */
  async publish(event: object): Promise<string> {
    const { eventName } = event.constructor as EventClass;
    if (!eventName) throw new Error('publish() takes an instance of a DomainEvent class');
    const runner = this.transactionRunner();
    if (!runner) throw new Error(`${eventName} must be published inside the transaction of the change it reports`);
    const eventId = randomUUID();
    const fields = { ...event };
    await runner.query(`INSERT INTO domain_event (id, name, payload) VALUES ($1, $2, $3)`, [
      eventId,
      eventName,
      JSON.stringify(fields),
    ]);
    const queues = this.subscriberQueues.get(eventName) ?? [];
    if (queues.length) {
      const data: EventJobData = { eventId, eventName, fields };
      // pg-boss's insert returns no ids; ours let the commit's waiters follow these very jobs.
      const jobs = queues.map((name) => ({ id: randomUUID(), name, data }));
      await this.started.insert(jobs, { db: executorOf(runner) } as never);
      for (const job of jobs) pendingJobs(runner, job.name).push(job.id);
    }
    return eventId;
  }

  /**
   * Waits until no job is queued, running or due within a few seconds (tests, and the offline
   * payment form that shows the outcome). Works queued jobs itself meanwhile.
   */
  async settle(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await Promise.all([...this.queues.keys()].map((name) => this.work(name)));
      await Promise.allSettled([...this.running]);
      const [{ count }] = await this.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM ${SCHEMA}.job
          WHERE state IN ('created', 'retry', 'active') AND name = ANY($1) AND start_after < now() + interval '5 seconds'`,
        [[...this.queues.keys()]],
      );
      if (count === 0) return;
      if (Date.now() > deadline) throw new Error(`${count} jobs still pending after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * Runs `work` and then waits for the jobs that its commits started in this process (the
   * offline payment form, which shows the outcome). Jobs another process took are not waited for.
   */
  async runAndAwaitStarted<T>(work: () => Promise<T>): Promise<T> {
    const started: Promise<void>[] = [];
    const result = await this.cls.run({ ifNested: 'inherit' }, async () => {
      // Nested contexts copy the store shallowly, so the commits inside push into this same list.
      this.cls.set(STARTED_HERE, started);
      return work();
    });
    await Promise.allSettled(started);
    return result;
  }

  /**
   * Whether a job of `name` whose data contains `data` is queued, waiting for a retry or running,
   * and the error its last failed run gave (for records that must never stay RUNNING unseen).
   */
  async jobState(name: string, data: object): Promise<{ pending: boolean; lastError: string | null }> {
    const [row] = await this.dataSource.query<{ pending: boolean; last_error: string | null }[]>(
      `SELECT bool_or(state IN ('created', 'retry', 'active')) AS pending,
              (array_agg(output->>'message' ORDER BY completed_on DESC) FILTER (WHERE state = 'failed'))[1] AS last_error
         FROM ${SCHEMA}.job WHERE name = $1 AND data @> $2::jsonb`,
      [name, JSON.stringify(data)],
    );
    return { pending: row?.pending ?? false, lastError: row?.last_error ?? null };
  }

  private get started(): PgBoss {
    if (!this.boss) throw new Error('The job queue is not started yet');
    return this.boss;
  }

  private transactionRunner(): QueryRunner | null {
    return this.txHost.isTransactionActive() ? (this.txHost.tx.queryRunner ?? null) : null;
  }

  /**
   * Starts the queues' waiting jobs in this process, without waiting for them. A context that
   * asked (runAndAwaitStarted) gets a promise for these very jobs, whichever worker takes them.
   */
  private start(jobs: Map<string, string[]>): void {
    if (!this.options.work || this.stopping || !this.boss) return;
    for (const name of jobs.keys()) {
      if (this.busy.has(name) && !jobs.get(name)!.length) continue;
      const work = this.work(name)
        .catch((error: unknown) => this.logger.error({ msg: 'job queue error', queue: name, error: String(error) }))
        .finally(() => this.running.delete(work));
      this.running.add(work);
    }
    const waiting = this.cls.isActive() ? this.cls.get<Promise<void>[] | undefined>(STARTED_HERE) : undefined;
    waiting?.push(this.untilRun([...jobs.values()].flat()));
  }

  /** Resolves once none of the jobs is queued or running any more (done, failed, or waiting for a retry), or after 15 s. */
  private async untilRun(ids: string[]): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (ids.length && Date.now() < deadline && !this.stopping) {
      const [{ count }] = await this.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM ${SCHEMA}.job WHERE id = ANY($1::uuid[]) AND state IN ('created', 'active')`,
        [ids],
      );
      if (count === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Runs the queue's due jobs until there are none (another process may take some meanwhile). */
  private async work(name: string): Promise<void> {
    const queue = this.queues.get(name)!;
    this.busy.add(name);
    try {
      for (;;) {
        if (this.stopping || !this.boss) return;
        const [job] = await this.boss.fetch<unknown>(name, { batchSize: 1, includeMetadata: true });
        if (!job) return;
        try {
          await this.runJob(queue, job.data, {
            id: job.id,
            attempt: job.retryCount,
            retriesLeft: Math.max(0, job.retryLimit - job.retryCount),
            expireInSeconds: job.expireInSeconds,
          });
          await this.boss.complete(name, job.id);
        } catch (error) {
          await this.boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      }
    } finally {
      this.busy.delete(name);
    }
  }

  /** One attempt at a job, in a request context of its own; deadlocks and serialization failures are tried again at once. */
  private async runJob(queue: Queue, data: unknown, job: JobRun): Promise<void> {
    try {
      await retryOnConflict(() => this.cls.run(() => queue.run(data, job)));
    } catch (error) {
      this.logger.warn({ msg: 'job failed', queue: queue.name, jobId: job.id, attempt: job.attempt, error: String(error) });
      throw error;
    }
  }

  private discoverHandlers(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, (...args: unknown[]) => Promise<void>> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = instance[method];
        const job = this.reflector.get<JobHandlerMetadata | undefined>(JOB_HANDLER_METADATA, handler);
        if (job) this.register({ name: job.name, options: job, run: (data, run) => handler.call(instance, data, run) });
        const subscriber = this.reflector.get<EventSubscriberMetadata | undefined>(EVENT_SUBSCRIBER_METADATA, handler);
        if (subscriber) this.registerSubscriber(subscriber, `${instance.constructor.name}.${method}`, handler.bind(instance));
      }
    }
  }

  private registerSubscriber(
    subscriber: EventSubscriberMetadata,
    subscriberName: string,
    handler: (event: object, delivery: EventDelivery) => Promise<void>,
  ): void {
    const { eventName } = subscriber.event;
    const name = `${eventName}.${subscriberName}`;
    const deliver = (data: EventJobData, run: JobRun) =>
      handler(new subscriber.event(data.fields), { eventId: data.eventId, eventName, attempt: run.attempt });
    this.register({
      name,
      options: subscriber,
      run:
        subscriber.transaction === false
          ? (data, run) => deliver(data as EventJobData, run)
          : (data, run) =>
              this.txHost.withTransaction(async () => {
                // Recorded with the subscriber's own changes: a redelivery after they committed does nothing.
                const claimed = await this.txHost.tx.query<unknown[]>(
                  `INSERT INTO handled_event (event_id, subscriber) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
                  [(data as EventJobData).eventId, subscriberName],
                );
                if (claimed.length) await deliver(data as EventJobData, run);
              }),
    });
    this.subscriberQueues.set(eventName, [...(this.subscriberQueues.get(eventName) ?? []), name]);
  }

  private register(queue: Queue): void {
    if (this.queues.has(queue.name)) throw new Error(`Job ${queue.name} has two handlers`);
    this.queues.set(queue.name, queue);
  }

  /** A TypeORM subscriber that starts a transaction's jobs once it has committed. */
  private afterCommit(): EntitySubscriberInterface {
    return {
      afterTransactionCommit: ({ queryRunner }) => {
        const jobs = queryRunner.data?.[PENDING_JOBS] as Map<string, string[]> | undefined;
        if (!jobs) return;
        delete queryRunner.data[PENDING_JOBS];
        this.start(jobs);
      },
      afterTransactionRollback: ({ queryRunner }) => {
        if (queryRunner.data) delete queryRunner.data[PENDING_JOBS];
      },
    };
  }
}

function pendingJobs(runner: QueryRunner, queue: string): string[] {
  runner.data ??= {};
  const jobs = ((runner.data as Record<string, Map<string, string[]>>)[PENDING_JOBS] ??= new Map());
  if (!jobs.has(queue)) jobs.set(queue, []);
  return jobs.get(queue)!;
}

/** pg-boss's `db` option for a statement inside the caller's transaction. */
function executorOf(runner: QueryRunner): SqlExecutor {
  return { executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }) };
}
