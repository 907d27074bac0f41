import { DomainError, roundHalfUp } from '@allmende/core';
import type { FeePolicy } from './defaults';
import { POLICY_CURRENCY } from './parameters/parameters';

export interface PricedLine {
  /** What the buyer pays for the line, VAT included, in minor units of `currency`. */
  gross: number;
  /** Must be the currency of the fee limits ({@link POLICY_CURRENCY}). */
  currency: string;
  /** VAT rate in basis points (19 % = 1900). */
  vatRateBp: number;
  fair: boolean;
  /** NGO sellers pay no fair-fund contribution. */
  sellerIsNgo: boolean;
  /** Share of the net price the seller donates (0, 1, 3, 5, 10, 25, 50, 75 or 100). */
  friendlyPercent: number;
}

/** Where a price goes. The parts add up to the gross price, to the cent. */
export interface PriceBreakdown {
  gross: number;
  vat: number;
  donation: number;
  platformFee: number;
  fairFund: number;
  producerShare: number;
}

/**
 * Splits a line's gross price: VAT out of the gross; the donation out of the net; the
 * platform fee (capped, with a minimum) and the fair-fund contribution on the price minus the
 * donation, each rounded half-up once on the line total; the producer keeps the rest, so
 * nothing is lost or made up by rounding.
 */
export function priceBreakdown(line: PricedLine, policy: FeePolicy): PriceBreakdown {
  const { gross, vatRateBp, fair, sellerIsNgo, friendlyPercent } = line;
  if (!Number.isSafeInteger(gross) || gross < 0)
    throw new DomainError('INVALID_AMOUNT', `A price must be whole minor units ≥ 0; got ${gross}`);
  assertFeeCurrency(line.currency);
  const net = roundHalfUp(gross * 10_000, 10_000 + vatRateBp);
  const vat = gross - net;
  const donation = roundHalfUp(net * friendlyPercent, 100);
  const feeBase = gross - donation;
  const rate = fair ? policy.fairRateBp : policy.otherRateBp;
  const cap = fair ? policy.fairMaxFee : policy.otherMaxFee;
  const available = net - donation;
  const platformFee = Math.min(Math.min(Math.max(roundHalfUp(feeBase * rate, 10_000), policy.minFee), cap), available);
  const fairFund = sellerIsNgo ? 0 : Math.min(roundHalfUp(feeBase * policy.fairFundRateBp, 10_000), available - platformFee);
  return { gross, vat, donation, platformFee, fairFund, producerShare: available - platformFee - fairFund };
}

/** Refuses a price the fee limits cannot be applied to: they are minor units of {@link POLICY_CURRENCY}. */
export function assertFeeCurrency(currency: string): void {
  if (currency !== POLICY_CURRENCY) {
    throw new DomainError(
      'FEE_CURRENCY_UNSUPPORTED',
      `The marketplace's fees are set in ${POLICY_CURRENCY}; a price in ${currency} cannot be charged them`,
      { currency, supported: [POLICY_CURRENCY], fields: { price: [`must be in ${POLICY_CURRENCY}`] } },
    );
  }
}
