/**
 * A domain fact, published through {@link EventBus.publish} in the transaction that made it
 * true. Its fields travel as JSON (strings, numbers, booleans, Money, arrays of those): a
 * subscriber gets them back as plain values, never Dates or class instances.
 *
 *     export class PaymentSucceeded extends DomainEvent<{ paymentId: string; amount: Money }>('PaymentSucceeded') {}
 */
export function DomainEvent<Fields extends object>(eventName: string): EventClass<Fields> {
  const named = {
    [eventName]: class {
      static readonly eventName = eventName;
      constructor(fields: Fields) {
        Object.assign(this, fields);
      }
    },
  };
  return named[eventName] as unknown as EventClass<Fields>;
}

export interface EventClass<Fields extends object = object> {
  /** Stable across releases: stored with the event and part of each subscriber's queue name. */
  readonly eventName: string;
  new (fields: Fields): Readonly<Fields>;
}

/** What a subscriber learns besides the event's fields. */
export interface EventDelivery {
  eventId: string;
  eventName: string;
  /** 0 on the first delivery, then 1, 2, ... on retries. */
  attempt: number;
}
