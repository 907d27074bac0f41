/**
 * The ledger's accounts, named by owner and purpose. Balances are signed like the entries:
 * a positive balance is a debit balance (an asset, e.g. money the provider holds for us), a
 * negative one a credit balance (what we owe: a seller's payable, the fair fund).
 */
export const LedgerAccounts = {
  /** What the marketplace owes a seller: the producer's share, VAT (the seller remits it) and shipping. */
  sellerPayable: (sellerId: string) => `seller:${sellerId}:payable`,
  /** The platform's fee income. */
  PLATFORM_FEES: 'platform:fees',
  /** Chargebacks the provider took back, until they are recovered. */
  PLATFORM_DISPUTES: 'platform:disputes',
  /** The co-operative's fair fund. */
  FAIR_FUND: 'coop:fair-fund',
  /** Donations collected for an NGO. */
  ngoDonations: (orgId: string) => `ngo:${orgId}:donations`,
  /** A member's share capital. */
  memberCapital: (memberId: string) => `member:${memberId}:capital`,
  /** The co-operative's reserve. */
  RESERVE: 'coop:reserve',
  /** The co-operative's costs the board entered for a fiscal year (debit balance). */
  COSTS: 'coop:costs',
  /** The co-operative's own bank account (costs paid from it, SEPA dividends sent from it). */
  BANK: 'coop:bank',
  /** Dividends the members approved and the co-op owes until each is paid out. */
  DIVIDENDS_PAYABLE: 'coop:dividends-payable',
  /** Money at the payment provider: buyers' payments in, transfers, refunds and chargebacks out. */
  PROVIDER_CLEARING: 'provider:clearing',
} as const;

/** owner:...:purpose — lower-case owner, then ids or names separated by colons. */
export const ACCOUNT_PATTERN = /^[a-z][a-z0-9-]*(:[A-Za-z0-9_.-]+)+$/;
