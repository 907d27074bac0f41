import { SetMetadata } from '@nestjs/common';
import type { EventClass } from '../events/domain-event';

export const JOB_HANDLER_METADATA = 'allmende:job-handler';
export const EVENT_SUBSCRIBER_METADATA = 'allmende:event-subscriber';

export interface JobOptions {
  /** How many times a failed run is retried (with exponential backoff from `retryDelaySeconds`) before the job is FAILED. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A run still active after this long is taken as lost (its process died) and retried. */
  expireInSeconds?: number;
  /** A cron expression (pg-boss cron, minute resolution, UTC): the job is sent once per tick across all processes. */
  cron?: string;
}

export interface JobHandlerMetadata extends JobOptions {
  name: string;
}

export interface SubscriberOptions {
  /**
   * Default true: the subscriber runs in a transaction that also records (event, subscriber),
   * so a redelivered event whose handling committed is skipped. Sagas that call the outside
   * world set false: they open their own short transactions and must be idempotent themselves.
   */
  transaction?: boolean;
  retryLimit?: number;
  retryDelaySeconds?: number;
}

export interface EventSubscriberMetadata extends SubscriberOptions {
  event: EventClass;
}

/**
 * Marks a provider method as the handler of job `name` (`jobs.enqueue(name, data)`), or, with
 * `cron`, of a periodic job. It is called with the job's data and runs in a fresh request
 * context; a throw is a failed attempt.
 */
export const JobHandler = (name: string, options: JobOptions = {}) =>
  SetMetadata<string, JobHandlerMetadata>(JOB_HANDLER_METADATA, { name, ...options });

/**
 * Marks a provider method as a subscriber of an event: after the publishing transaction
 * commits, it runs as its own job, at least once, with the event's fields and its
 * {@link EventDelivery}. Any number of methods in any library may subscribe to one event.
 */
export const OnEvent = <Fields extends object>(event: EventClass<Fields>, options: SubscriberOptions = {}) =>
  SetMetadata<string, EventSubscriberMetadata>(EVENT_SUBSCRIBER_METADATA, { event: event as EventClass, ...options });
