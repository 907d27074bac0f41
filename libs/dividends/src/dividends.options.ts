/** The co-operative's own bank account, the debtor of the SEPA credit-transfer file. */
export interface DividendsOptions {
  debtor: { name: string; iban: string; bic?: string | null };
}

export const DIVIDENDS_OPTIONS = Symbol('DIVIDENDS_OPTIONS');
