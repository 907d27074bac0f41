/** A purchase order was placed between two co-ops: one trade for the movement's statistics. */
export class WholesaleOrderPlaced {
  static readonly type = 'wholesale.order-placed';

  constructor(
    readonly purchaseOrderId: string,
    readonly placedAt: Date,
    readonly categoryId: string | null,
    readonly sellerCountry: string | null,
    readonly buyerCountry: string | null,
    readonly currency: string,
    readonly quantity: number,
    readonly netAmount: number,
  ) {}
}
