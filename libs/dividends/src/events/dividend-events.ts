import { DomainEvent } from '@allmende/core';

/**
 * An approved allocation was paid out: shares booked, Stripe transfers and SEPA lines committed as
 * PENDING payouts. Its subscriber sends the Stripe transfers after the commit (a saga).
 */
export class DividendsPaidOut extends DomainEvent<{ allocationId: string }>('DividendsPaidOut') {}
