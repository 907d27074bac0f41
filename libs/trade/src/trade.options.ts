export const TRADE_OPTIONS = Symbol('TRADE_OPTIONS');

export interface TradeOptions {
  /** How long a checkout holds its stock while the buyer pays. */
  reservationMinutes: number;
}
