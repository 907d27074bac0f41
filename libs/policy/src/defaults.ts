/**
 * The marketplace's parameters as they stand until members vote otherwise: Fairmondo's
 * published fee model. The one place these numbers are written down; everything else reads
 * them through PolicyService, which prefers a newer version from the database.
 * Rates are basis points (1 % = 100); amounts are minor units of EUR.
 */
export const DEFAULT_POLICY = {
  fees: {
    fairRateBp: 300,
    fairMaxFee: 1500,
    otherRateBp: 600,
    otherMaxFee: 3000,
    minFee: 10,
    fairFundRateBp: 100,
  },
} as const;

export type PolicyKey = keyof typeof DEFAULT_POLICY;
export type FeePolicy = { -readonly [K in keyof (typeof DEFAULT_POLICY)['fees']]: number };
export type PolicyValue<K extends PolicyKey> = K extends 'fees' ? FeePolicy : never;
