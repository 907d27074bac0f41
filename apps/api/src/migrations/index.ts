import { Identity1732400000000 } from './1732400000000-identity';
import { PolicyAndCatalog1732400100000 } from './1732400100000-policy-and-catalog';
import { ProductImport1732400200000 } from './1732400200000-product-import';
import { Provenance1732400300000 } from './1732400300000-provenance';
import { LedgerAndPayments1732400400000 } from './1732400400000-ledger-and-payments';
import { Trade1732400500000 } from './1732400500000-trade';
import { DurableWork1732400600000 } from './1732400600000-durable-work';
import { MoneySagas1732400610000 } from './1732400610000-money-sagas';
import { TrustRefusals1732400800000 } from './1732400800000-trust-refusals';
import { AbuseLimitsAndAuditLog1732400800100 } from './1732400800100-abuse-limits-and-audit-log';
import { AddressBookAndShippingZones1732400900000 } from './1732400900000-address-book-and-shipping-zones';
import { CheckoutStepsAndGuests1732400901000 } from './1732400901000-checkout-steps-and-guests';
import { AccountMailAndStaff1732401000000 } from './1732401000000-account-mail-and-staff';
import { ProductPhotos1732401010000 } from './1732401010000-product-photos';
import { MailDeliveries1732401030000 } from './1732401030000-mail-deliveries';
import { GuestMailLanguage1732401040000 } from './1732401040000-guest-mail-language';
import { PolicyHistory1732401100000 } from './1732401100000-policy-history';
import { Membership1732401110000 } from './1732401110000-membership';
import { Governance1732401120000 } from './1732401120000-governance';
import { WholesaleDeals1732401200000 } from './1732401200000-wholesale-deals';
import { WholesaleFulfilment1732401210000 } from './1732401210000-wholesale-fulfilment';
import { WholesaleStatistics1732401220000 } from './1732401220000-wholesale-statistics';
import { SearchIndex1732401300000 } from './1732401300000-search-index';
import { ListingLanguage1732401300100 } from './1732401300100-listing-language';
import { ResumableImport1732401400000 } from './1732401400000-resumable-import';
import { ImportPublish1732401410000 } from './1732401410000-import-publish';
import { WholesaleOnlinePayments1732401230000 } from './1732401230000-wholesale-online-payments';
import { CoopShareRollup1732401240000 } from './1732401240000-coop-share-rollup';
import { Dividends1764700000000 } from './1764700000000-dividends';
import { DividendLinesWithoutFk1764700100000 } from './1764700100000-dividend-lines-without-fk';

/** Every migration, oldest first: one history for the whole database. */
export const MIGRATIONS = [
  Identity1732400000000,
  PolicyAndCatalog1732400100000,
  ProductImport1732400200000,
  Provenance1732400300000,
  LedgerAndPayments1732400400000,
  Trade1732400500000,
  DurableWork1732400600000,
  MoneySagas1732400610000,
  TrustRefusals1732400800000,
  AbuseLimitsAndAuditLog1732400800100,
  AddressBookAndShippingZones1732400900000,
  CheckoutStepsAndGuests1732400901000,
  AccountMailAndStaff1732401000000,
  ProductPhotos1732401010000,
  MailDeliveries1732401030000,
  GuestMailLanguage1732401040000,
  PolicyHistory1732401100000,
  Membership1732401110000,
  Governance1732401120000,
  WholesaleDeals1732401200000,
  WholesaleFulfilment1732401210000,
  WholesaleStatistics1732401220000,
  WholesaleOnlinePayments1732401230000,
  CoopShareRollup1732401240000,
  SearchIndex1732401300000,
  ListingLanguage1732401300100,
  ResumableImport1732401400000,
  ImportPublish1732401410000,
  Dividends1764700000000,
  DividendLinesWithoutFk1764700100000,
];
