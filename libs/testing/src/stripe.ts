import Stripe from 'stripe';

export { decodeForm, startStripeFake } from './stripe-fake/server';
export type { RecordedStripeRequest, StripeFake } from './stripe-fake/server';

export const TEST_STRIPE_SECRET_KEY = 'sk_test_allmende_fake';
export const TEST_STRIPE_WEBHOOK_SECRET = 'whsec_allmende_test';
export const TEST_STRIPE_PUBLISHABLE_KEY = 'pk_test_allmende_fake';

/** The env for createTestApp that points the real Stripe SDK at a running fake. */
export function stripeEnv(fake: { host: string; port: number; protocol: string }): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: TEST_STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: TEST_STRIPE_WEBHOOK_SECRET,
    STRIPE_PUBLISHABLE_KEY: TEST_STRIPE_PUBLISHABLE_KEY,
    STRIPE_API_HOST: fake.host,
    STRIPE_API_PORT: String(fake.port),
    STRIPE_API_PROTOCOL: fake.protocol,
  };
}

/** A webhook body and its `Stripe-Signature` header, signed as Stripe does (the SDK's own test helper). */
export function signWebhook(payload: object, secret: string = TEST_STRIPE_WEBHOOK_SECRET): { body: string; signature: string } {
  const body = JSON.stringify(payload);
  const signature = new Stripe(TEST_STRIPE_SECRET_KEY).webhooks.generateTestHeaderString({ payload: body, secret });
  return { body, signature };
}
