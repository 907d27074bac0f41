import { ClsService } from 'nestjs-cls';
import request from 'supertest';
import { signWebhook, TestApp } from '@allmende/testing';

/** Service calls outside a request need a CLS context of their own, as a job would. */
export function inContext(app: TestApp) {
  const cls = app.server.app.get(ClsService);
  return <T>(work: () => Promise<T>): Promise<T> => cls.run(work);
}

/** The fields of every event of this name published so far (the outbox's record), oldest first. */
export async function published(app: TestApp, eventName: string): Promise<unknown[]> {
  const rows = await app.dataSource.query<{ payload: unknown }[]>(
    `SELECT payload FROM domain_event WHERE name = $1 ORDER BY occurred_at, id`,
    [eventName],
  );
  return rows.map((row) => row.payload);
}

/** Delivers a signed event and waits for the subscribers it set off. */
export async function postWebhook(app: TestApp, event: object, secret?: string) {
  const { body, signature } = signWebhook(event, secret);
  const response = await request(app.server.app.getHttpServer())
    .post('/webhooks/stripe')
    .set('Content-Type', 'application/json; charset=utf-8')
    .set('Stripe-Signature', signature)
    .send(body);
  await app.settle();
  return response;
}
