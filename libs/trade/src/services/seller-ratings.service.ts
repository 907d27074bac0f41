import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DomainError, Transactional, TxHost, Viewer } from '@allmende/core';
import { SellerRating, SellerRatingValue } from '../entities/order-refund.entity';
import { RATEABLE_ORDER_STATES } from '../state/order-state';
import { OrderService } from './order.service';

export interface SellerRatingSummary {
  positive: number;
  neutral: number;
  negative: number;
  /** Positive ratings among positive and negative ones (neutral ones count neither way); null without any. */
  positiveShare: number | null;
}

/** Buyers' ratings of the sellers of their delivered orders. */
@Injectable()
export class SellerRatingService {
  constructor(
    private readonly txHost: TxHost,
    private readonly orders: OrderService,
  ) {}

  private get ratings() {
    return this.txHost.tx.getRepository(SellerRating);
  }

  @Transactional()
  async rate(viewer: Viewer, orderId: string, rating: SellerRatingValue, comment: string): Promise<SellerRating> {
    const order = await this.orders.lock(orderId);
    this.orders.assertBuyer(viewer, order, 'Only the buyer can rate the seller of this order');
    if (!RATEABLE_ORDER_STATES.includes(order.state)) {
      throw new DomainError('ORDER_NOT_DELIVERED', 'You can rate the seller once the order has been delivered');
    }
    if (await this.ratings.existsBy({ orderId })) throw new DomainError('ALREADY_RATED', 'You have already rated this order');
    return this.ratings.save(
      this.ratings.create({ orderId, sellerId: order.sellerId, buyerId: viewer.accountId, rating, comment: comment.trim() }),
    );
  }

  async ratingsOf(orderIds: readonly string[]): Promise<SellerRating[]> {
    return orderIds.length ? this.ratings.findBy({ orderId: In([...orderIds]) }) : [];
  }

  async ratingSummary(sellerId: string): Promise<SellerRatingSummary> {
    const rows = await this.ratings
      .createQueryBuilder('r')
      .select('r.rating', 'rating')
      .addSelect('count(*)::int', 'count')
      .where('r.seller_id = :sellerId', { sellerId })
      .groupBy('r.rating')
      .getRawMany<{ rating: SellerRatingValue; count: number }>();
    const count = (value: SellerRatingValue) => rows.find((row) => row.rating === value)?.count ?? 0;
    const positive = count('POSITIVE');
    const negative = count('NEGATIVE');
    return {
      positive,
      neutral: count('NEUTRAL'),
      negative,
      positiveShare: positive + negative ? positive / (positive + negative) : null,
    };
  }
}
