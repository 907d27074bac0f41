export const TRADE_OPTIONS = Symbol('TRADE_OPTIONS');

export interface TradeOptions {
  /** How long a checkout holds its stock while the buyer pays. */
  reservationMinutes: number;
  /** How often expired reservations are released and delivered orders completed; 0 switches the timer off. */
  timerIntervalMs?: number;
}
