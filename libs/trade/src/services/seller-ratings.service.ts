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
  /** The newest ratings with a comment, newest first. */
  latestComments: PublishedRating[];
}

/** A rating as everyone may read it: no order, no buyer. */
export interface PublishedRating {
  rating: SellerRatingValue;
  comment: string;
  createdAt: Date;
}

/** What buyers see counts the last 12 months, as Fairmondo shows it: a seller's old record fades. */
export const RATING_WINDOW_MONTHS = 12;
const LATEST_COMMENTS = 3;

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

  /** Each seller's ratings of the last {@link RATING_WINDOW_MONTHS} months before `now`, in the order asked: two queries for any number of sellers. */
  async summaries(sellerIds: readonly string[], now = new Date()): Promise<SellerRatingSummary[]> {
    if (sellerIds.length === 0) return [];
    const window = [sellerIds, now, RATING_WINDOW_MONTHS];
    const counts = (await this.txHost.tx.query(
      `SELECT seller_id AS "sellerId", rating, count(*)::int AS count
         FROM seller_rating
        WHERE seller_id = ANY($1) AND created_at > $2::timestamptz - make_interval(months => $3)
        GROUP BY seller_id, rating`,
      window,
    )) as { sellerId: string; rating: SellerRatingValue; count: number }[];
    const comments = (await this.txHost.tx.query(
      `SELECT "sellerId", rating, comment, "createdAt" FROM (
         SELECT seller_id AS "sellerId", rating, comment, created_at AS "createdAt",
                row_number() OVER (PARTITION BY seller_id ORDER BY created_at DESC, order_id) AS position
           FROM seller_rating
          WHERE seller_id = ANY($1) AND comment <> '' AND created_at > $2::timestamptz - make_interval(months => $3)
       ) newest WHERE position <= $4 ORDER BY "createdAt" DESC`,
      [...window, LATEST_COMMENTS],
    )) as (PublishedRating & { sellerId: string })[];
    return sellerIds.map((sellerId) => {
      const count = (value: SellerRatingValue) =>
        counts.find((row) => row.sellerId === sellerId && row.rating === value)?.count ?? 0;
      const positive = count('POSITIVE');
      const negative = count('NEGATIVE');
      return {
        positive,
        neutral: count('NEUTRAL'),
        negative,
        positiveShare: positive + negative ? positive / (positive + negative) : null,
        latestComments: comments
          .filter((row) => row.sellerId === sellerId)
          .map(({ rating, comment, createdAt }) => ({ rating, comment, createdAt })),
      };
    });
  }
}
