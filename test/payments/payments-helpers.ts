import { ClsService } from 'nestjs-cls';
import request from 'supertest';
import { PaymentOutcomeDispatcher, PaymentOutcomeHandler, PaymentSucceededEvent } from '@allmende/payments';
import { signWebhook, TestApp } from '@allmende/testing';

/** Service calls outside a request need a CLS context of their own, as a job would. */
export function inContext(app: TestApp) {
  const cls = app.server.app.get(ClsService);
  return <T>(work: () => Promise<T>): Promise<T> => cls.run(work);
}

/**
 * Replaces whatever PAYMENT_OUTCOME_HANDLER the app has (trade's, or the logging fallback) with
 * a recording one, through the dispatcher payments resolves it with. `onSucceeded` runs inside
 * the payment's transaction, as trade's handler does.
 */
export function recordOutcomes(app: TestApp, onSucceeded?: (event: PaymentSucceededEvent) => Promise<void>) {
  const calls = { succeeded: [] as unknown[], failed: [] as unknown[], disputed: [] as unknown[] };
  const handler: Required<PaymentOutcomeHandler> = {
    paymentSucceeded: async (event) => {
      calls.succeeded.push(event);
      await onSucceeded?.(event);
    },
    paymentFailed: async (event) => void calls.failed.push(event),
    paymentDisputed: async (event) => void calls.disputed.push(event),
  };
  const spy = jest.spyOn(app.server.app.get(PaymentOutcomeDispatcher), 'handler').mockReturnValue(handler);
  return { calls, restore: () => spy.mockRestore() };
}

export function postWebhook(app: TestApp, event: object, secret?: string) {
  const { body, signature } = signWebhook(event, secret);
  return request(app.server.app.getHttpServer())
    .post('/webhooks/stripe')
    .set('Content-Type', 'application/json; charset=utf-8')
    .set('Stripe-Signature', signature)
    .send(body);
}
