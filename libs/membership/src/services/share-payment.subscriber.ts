import { Injectable } from '@nestjs/common';
import { OnEvent } from '@allmende/core';
import { PaymentSucceeded } from '@allmende/payments';
import { MembershipService } from './membership.service';

/**
 * Admits members when the payment for their shares succeeds, and only then. A share purchase's
 * id is its payment's reference (`checkoutId`); a payment for anything else is not ours.
 * Idempotent: a repeated delivery of the event changes nothing. A failed share payment needs
 * nothing: the application stays open and the payment may be retried.
 */
@Injectable()
export class SharePaymentSubscriber {
  constructor(private readonly membership: MembershipService) {}

  @OnEvent(PaymentSucceeded)
  async paymentSucceeded(event: PaymentSucceeded): Promise<void> {
    if (!(await this.membership.findPurchase(event.checkoutId))) return;
    await this.membership.purchasePaid({ purchaseId: event.checkoutId, amount: event.amount });
  }
}
