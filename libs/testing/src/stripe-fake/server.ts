import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import fixtures from './fixtures.json';

/**
 * A small Stripe-compatible HTTP server for tests: it answers the endpoints Allmende uses with
 * objects shaped like Stripe's published fixtures (./fixtures.json, from Stripe's openapi
 * repository, MIT), replays the same response for a repeated Idempotency-Key as Stripe does,
 * and records every request so tests can assert on what the SDK sent.
 */

export interface RecordedStripeRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  /** The form-encoded body, decoded (`metadata[a]=b` becomes `{ metadata: { a: 'b' } }`). */
  body: Record<string, unknown>;
}

export interface StripeFake {
  host: string;
  port: number;
  protocol: 'http';
  /** Every request, oldest first. */
  requests: RecordedStripeRequest[];
  /** Objects the fake holds, by id (payment intents, transfers, refunds, accounts ...). */
  objects: Map<string, Record<string, unknown>>;
  /** Changes a stored object (e.g. a payment intent's status) and returns it, for building webhook events. */
  update(id: string, fields: Record<string, unknown>): Record<string, unknown>;
  /**
   * Fault injection: the next `times` POSTs to `path` are carried out (and remembered for their
   * Idempotency-Key) but the connection is cut before the answer, as when Stripe acted and the
   * answer was lost on the way (a timeout). Retries with the same key get the stored answer.
   */
  dropAnswers(path: string, times?: number): void;
  /**
   * Fault injection around the answer to the next new POST to `path` (carried out and remembered
   * for its Idempotency-Key as always): `before` runs just before the answer is written, `after`
   * just after. A test freezes the caller's process in `before` and kills it in `after`, so the
   * answer reaches a process that can no longer record it.
   */
  aroundAnswer(path: string, hooks: { before?: () => void; after?: () => void }): void;
  /** A Stripe event wrapping a copy of the object, shaped like the fixture's event. */
  event(type: string, object: Record<string, unknown>, options?: { created?: number }): Record<string, unknown>;
  close(): Promise<void>;
}

type Fixture = Record<string, unknown>;
const RESOURCES = (fixtures as { resources: Record<string, Fixture> }).resources;

const now = () => Math.floor(Date.now() / 1000);
const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;
const copy = <T>(value: T): T => structuredClone(value);

/** Decodes Stripe's form encoding: `a[b][c]=1`, `a[0]=x`, numbers stay strings like Stripe receives them. */
export function decodeForm(body: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const pair of body.split('&').filter(Boolean)) {
    const [rawKey, rawValue = ''] = pair.split('=');
    const key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
    const value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    const path = key.split(/[[\]]+/).filter(Boolean);
    let target: Record<string, unknown> = result;
    path.forEach((part, index) => {
      if (index === path.length - 1) target[part] = value;
      else target = (target[part] ??= {}) as Record<string, unknown>;
    });
  }
  return result;
}

function stripeError(status: number, message: string, type = 'invalid_request_error') {
  return { status, body: { error: { type, message } } };
}

export async function startStripeFake(): Promise<StripeFake> {
  const requests: RecordedStripeRequest[] = [];
  const objects = new Map<string, Record<string, unknown>>();
  const idempotent = new Map<string, { status: number; body: unknown }>();
  const dropping = new Map<string, number>();
  const aroundAnswers = new Map<string, { before?: () => void; after?: () => void }>();

  const store = (object: Record<string, unknown>) => {
    objects.set(object.id as string, object);
    return object;
  };

  const routes: {
    method: string;
    pattern: RegExp;
    handle: (match: RegExpMatchArray, body: Record<string, unknown>) => { status: number; body: unknown };
  }[] = [
    {
      method: 'POST',
      pattern: /^\/v1\/payment_intents$/,
      handle: (_match, body) => {
        if (!body.amount || !body.currency) return stripeError(400, 'Missing required param: amount or currency.');
        const id = newId('pi');
        return {
          status: 200,
          body: store({
            ...copy(RESOURCES.payment_intent),
            id,
            amount: Number(body.amount),
            amount_received: 0,
            currency: body.currency,
            description: body.description ?? null,
            metadata: body.metadata ?? {},
            transfer_group: body.transfer_group ?? null,
            transfer_data: null,
            last_payment_error: null,
            next_action: null,
            canceled_at: null,
            processing: null,
            status: 'requires_payment_method',
            client_secret: `${id}_secret_${randomBytes(12).toString('hex')}`,
            created: now(),
          }),
        };
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/transfers$/,
      handle: (_match, body) => {
        if (!body.destination) return stripeError(400, 'Missing required param: destination.');
        return {
          status: 200,
          body: store({
            ...copy(RESOURCES.transfer),
            id: newId('tr'),
            amount: Number(body.amount),
            currency: body.currency,
            destination: body.destination,
            destination_payment: newId('py'),
            balance_transaction: newId('txn'),
            metadata: body.metadata ?? {},
            source_transaction: body.source_transaction ?? null,
            transfer_group: body.transfer_group ?? null,
            created: now(),
          }),
        };
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/transfers\/([^/]+)\/reversals$/,
      handle: (match, body) => {
        const transfer = objects.get(match[1]);
        if (!transfer) return stripeError(404, `No such transfer: '${match[1]}'`);
        const amount = Number(body.amount ?? transfer.amount);
        transfer.amount_reversed = Number(transfer.amount_reversed ?? 0) + amount;
        return {
          status: 200,
          body: store({
            ...copy(RESOURCES.transfer_reversal),
            id: newId('trr'),
            amount,
            currency: transfer.currency,
            transfer: transfer.id,
            metadata: body.metadata ?? {},
            created: now(),
          }),
        };
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/refunds$/,
      handle: (_match, body) => {
        const intent = objects.get(String(body.payment_intent));
        if (!intent) return stripeError(404, `No such payment_intent: '${body.payment_intent}'`);
        return {
          status: 200,
          body: store({
            ...copy(RESOURCES.refund),
            id: newId('re'),
            amount: Number(body.amount ?? intent.amount),
            currency: intent.currency,
            charge: newId('ch'),
            payment_intent: intent.id,
            metadata: body.metadata ?? {},
            reason: body.reason ?? null,
            created: now(),
          }),
        };
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/accounts$/,
      handle: (_match, body) => ({
        status: 200,
        body: store({
          ...copy(RESOURCES.account),
          id: newId('acct'),
          type: body.type ?? 'express',
          country: body.country ?? 'DE',
          email: body.email ?? null,
          metadata: body.metadata ?? {},
          charges_enabled: false,
          payouts_enabled: false,
          details_submitted: false,
          created: now(),
        }),
      }),
    },
    {
      method: 'POST',
      pattern: /^\/v1\/account_links$/,
      handle: (_match, body) =>
        objects.has(String(body.account))
          ? {
              status: 200,
              body: {
                ...copy(RESOURCES.account_link),
                created: now(),
                expires_at: now() + 300,
                url: `https://connect.stripe.test/setup/e/${body.account}/${randomBytes(6).toString('hex')}`,
              },
            }
          : stripeError(404, `No such account: '${body.account}'`),
    },
    {
      method: 'GET',
      pattern: /^\/v1\/(payment_intents|transfers|refunds|accounts)\/([^/]+)$/,
      handle: (match) => {
        const object = objects.get(match[2]);
        return object ? { status: 200, body: object } : stripeError(404, `No such ${match[1]}: '${match[2]}'`);
      },
    },
  ];

  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stripe.test');
      const idempotencyKey = (req.headers['idempotency-key'] as string | undefined) ?? null;
      const body = decodeForm(req.method === 'GET' ? url.search.slice(1) : raw);
      requests.push({ method: req.method ?? 'GET', path: url.pathname, idempotencyKey, body });

      let answer: { status: number; body: unknown };
      const replay = idempotencyKey && req.method === 'POST' ? idempotent.get(`${url.pathname} ${idempotencyKey}`) : undefined;
      if (!req.headers.authorization?.startsWith('Bearer sk_')) {
        answer = stripeError(401, 'Invalid API Key provided', 'authentication_error');
      } else if (replay) {
        answer = replay;
      } else {
        const route = routes.find((r) => r.method === req.method && r.pattern.test(url.pathname));
        answer = route
          ? route.handle(url.pathname.match(route.pattern)!, body)
          : stripeError(404, `Unrecognized request URL (${req.method}: ${url.pathname})`);
        if (idempotencyKey && req.method === 'POST') idempotent.set(`${url.pathname} ${idempotencyKey}`, answer);
        const drops = dropping.get(url.pathname) ?? 0;
        if (drops > 0 && req.method === 'POST') {
          dropping.set(url.pathname, drops - 1);
          req.socket.destroy();
          return;
        }
      }
      const around = !replay && req.method === 'POST' ? aroundAnswers.get(url.pathname) : undefined;
      if (around) aroundAnswers.delete(url.pathname);
      around?.before?.();
      res.writeHead(answer.status, { 'Content-Type': 'application/json', 'Request-Id': newId('req') });
      res.end(JSON.stringify(answer.body), () => around?.after?.());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    host: '127.0.0.1',
    port,
    protocol: 'http',
    requests,
    objects,
    dropAnswers(path, times = 1) {
      dropping.set(path, times);
    },
    aroundAnswer(path, hooks) {
      aroundAnswers.set(path, hooks);
    },
    update(id, fields) {
      const object = objects.get(id);
      if (!object) throw new Error(`The Stripe fake holds no object ${id}`);
      Object.assign(object, fields);
      return object;
    },
    event(type, object, options = {}) {
      return {
        ...copy(RESOURCES.event),
        id: newId('evt'),
        api_version: '2026-01-28.clover',
        created: options.created ?? now(),
        data: { object: copy(object) },
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        type,
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
