/**
 * Ledger accounts of co-ops trading wholesale, each side's books in the one ledger: the seller's
 * receivable, sales and output VAT; the buyer's payable, purchases and input VAT.
 */
export const WholesaleAccounts = {
  receivable: (organisationId: string) => `org:${organisationId}:receivable`,
  payable: (organisationId: string) => `org:${organisationId}:payable`,
  sales: (organisationId: string) => `org:${organisationId}:sales`,
  purchases: (organisationId: string) => `org:${organisationId}:purchases`,
  vatOutput: (organisationId: string) => `org:${organisationId}:vat-output`,
  vatInput: (organisationId: string) => `org:${organisationId}:vat-input`,
  skontoGranted: (organisationId: string) => `org:${organisationId}:skonto-granted`,
  skontoReceived: (organisationId: string) => `org:${organisationId}:skonto-received`,
} as const;
