import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PaymentFailedEvent, PaymentOutcomeDispatcher, PaymentOutcomeHandler, PaymentSucceededEvent } from '@allmende/payments';
import { MembershipService } from './membership.service';

/**
 * Admits members when the payment for their shares succeeds, and only then. A share purchase's
 * id is its payment's reference (`checkoutId`), so a payment whose reference is no share
 * purchase is left to the other handler (trade's checkouts).
 *
 * Until payments publishes its outcomes as events with subscribers, this wraps the one
 * outcome handler payments finds: same transaction as the payment's state change, at most once
 * per outcome, and idempotent itself (a repeat changes nothing).
 */
@Injectable()
export class SharePaymentSubscriber implements OnModuleInit {
  constructor(
    private readonly membership: MembershipService,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    const dispatcher = this.moduleRef.get(PaymentOutcomeDispatcher, { strict: false });
    const next = dispatcher.handler.bind(dispatcher);
    dispatcher.handler = (): PaymentOutcomeHandler => {
      const others = next();
      return {
        paymentSucceeded: async (event) => ((await this.paymentSucceeded(event)) ? undefined : others.paymentSucceeded(event)),
        paymentFailed: async (event) => ((await this.paymentFailed(event)) ? undefined : others.paymentFailed(event)),
        paymentDisputed: others.paymentDisputed?.bind(others),
      };
    };
  }

  /** True when the payment was for shares (handled here). */
  async paymentSucceeded(event: PaymentSucceededEvent): Promise<boolean> {
    if (!(await this.membership.findPurchase(event.checkoutId))) return false;
    await this.membership.purchasePaid({ purchaseId: event.checkoutId, amount: event.amount });
    return true;
  }

  /** A failed share payment may be retried: the application stays open, nothing else happens. */
  async paymentFailed(event: PaymentFailedEvent): Promise<boolean> {
    return Boolean(await this.membership.findPurchase(event.checkoutId));
  }
}
