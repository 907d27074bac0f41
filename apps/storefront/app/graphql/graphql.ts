/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddFiscalCostInput = {
  /** Minor units, more than zero */
  amountCents: number;
  description: string;
  /** The invoice or receipt it is booked from */
  documentReference: string;
  fiscalYearId: string | number;
};

export type AddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2, e.g. DE */
  country: string;
  /** Change this address; leave out to add one */
  id?: string | number | null | undefined;
  /** Make it the address offered first */
  isDefault?: boolean | null | undefined;
  /** Who receives the parcel */
  name: string;
  phone?: string | null | undefined;
  postalCode: string;
  /** Street and number */
  street: string;
};

export type AmendProposalInput = {
  body?: string | null | undefined;
  options?: Array<string> | null | undefined;
  policyChanges?: Array<PolicyParameterChangeInput> | null | undefined;
  problemStatement?: string | null | undefined;
  proposalId: string | number;
  /** What the amendment changes and why */
  summary: string;
  title?: string | null | undefined;
};

export type AppendRecordInput = {
  /** For CERTIFICATION */
  certification?: CertificationInput | null | undefined;
  /** The record of this lot that this one corrects */
  correctsRecordId?: string | number | null | undefined;
  description?: string;
  evidence?: EvidenceInput | null | undefined;
  /** For TRANSFORMATION: the lots this lot is made from */
  inputLotIds?: Array<string | number> | null | undefined;
  kind: ProvenanceRecordKind;
  /** When it happened; not before the chain’s last record (a correction excepted) */
  occurredAt: string;
  place: PlaceInput;
  /** For CUSTODY_TRANSFER: the organisation that takes the goods */
  toOrganisationId?: string | number | null | undefined;
  /** For TRANSPORT */
  transport?: TransportInput | null | undefined;
};

export type ArrangePhotosInput = {
  /** The gallery in its new order; photos left out are removed */
  images: Array<ArrangedPhotoInput>;
};

export type ArrangedPhotoInput = {
  /** Describes the picture for people who cannot see it */
  alt: string;
  id: string | number;
};

/** Exactly one answer, as fits the poll: consent, option, ranking, scores, or abstain */
export type CastBallotInput = {
  /** Abstain (counts for quorum only); a consent poll uses consent: ABSTAIN */
  abstain?: boolean | null | undefined;
  consent?: ConsentChoice | null | undefined;
  memberId?: string | number | null | undefined;
  option?: string | number | null | undefined;
  proposalId: string | number;
  ranking?: Array<string | number> | null | undefined;
  /** Required with a block */
  reason?: string | null | undefined;
  scores?: Array<ScoreInput> | null | undefined;
};

/** What a certificate covers: a lot or product (as Fairtrade certifies) or a whole organisation (as the WFTO guarantee system does) */
export type CertificateScope =
  | 'LOT'
  | 'ORGANISATION'
  | 'PRODUCT';

/** A certificate’s validity at a date */
export type CertificateStatus =
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'VALID';

export type CertificationInput = {
  certificateId: string;
  /** Who certifies, e.g. FLOCERT */
  certifier: string;
  /** The certifier’s organisation on Allmende, if it has one */
  certifierOrganisationId?: string | number | null | undefined;
  /** For an ORGANISATION scope: whose certificate (default: the custodian) */
  holderOrganisationId?: string | number | null | undefined;
  scope: CertificateScope;
  /** e.g. Fairtrade, WFTO Guaranteed Fair Trade, EU organic */
  standard: string;
  /** YYYY-MM-DD */
  validFrom: string;
  /** YYYY-MM-DD, inclusive */
  validTo: string;
};

/** A checkout holds its reservations until it is PAID, or EXPIRED / CANCELLED (stock released) */
export type CheckoutState =
  | 'CANCELLED'
  | 'EXPIRED'
  | 'PAID'
  | 'PENDING_PAYMENT';

export type ConfirmEmailInput = {
  /** The token from the link in the mail */
  token: string;
};

/** A consent poll’s answers; a block carries its reason */
export type ConsentChoice =
  | 'ABSTAIN'
  | 'AGREE'
  | 'BLOCK'
  | 'DISAGREE';

export type CreateCategoryInput = {
  nameDe: string;
  nameEn: string;
  /** The parent category; leave out for a top-level one */
  parentId?: string | number | null | undefined;
  /** Display order among its siblings */
  position?: number | null | undefined;
  /** Lower-case words joined by hyphens, e.g. home-textiles */
  slug: string;
};

export type CreateFiscalYearInput = {
  endsAt: string;
  label: string;
  startsAt: string;
};

export type CreateLotInput = {
  /** Your own lot number, unique among your lots */
  code: string;
  custodyModel: CustodyModel;
  name: string;
  /** The organisation that holds the goods and records their steps */
  organisationId: string | number;
  /** Your products sold from this lot */
  productIds?: Array<string | number> | null | undefined;
  quantity?: number | null | undefined;
  /** UN/CEFACT unit code, e.g. KGM */
  uom?: string | null | undefined;
};

export type CreateOrganisationInput = {
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2, e.g. DE */
  country?: string | null | undefined;
  imprint?: string | null | undefined;
  kind: OrganisationKind;
  legalName?: string | null | undefined;
  name: string;
  /** Where payouts go (IBAN or payment-provider account id); shown only to the organisation */
  payoutAccount?: string | null | undefined;
  postalCode?: string | null | undefined;
  street?: string | null | undefined;
  terms?: string | null | undefined;
  vatId?: string | null | undefined;
  withdrawalPolicy?: string | null | undefined;
};

export type CreateProductInput = {
  categoryId?: string | number | null | undefined;
  condition?: ProductCondition | null | undefined;
  description?: string | null | undefined;
  /** The verified NGO that receives the friendly percent */
  donationOrganisationId?: string | number | null | undefined;
  ecological?: boolean | null | undefined;
  /** E.g. EU organic, Demeter, Bioland */
  ecologicalSeal?: string | null | undefined;
  fair?: boolean | null | undefined;
  fairQuestionnaire?: FairQuestionnaireInput | null | undefined;
  /** E.g. Fairtrade, WFTO, Naturland Fair */
  fairSeal?: string | null | undefined;
  /** Percent of the net price donated: 0, 1, 3, 5, 10, 25, 50, 75 or 100 */
  friendlyPercent?: number | null | undefined;
  /** The whole gallery, in order; replaces the old one */
  images?: Array<ProductImageInput> | null | undefined;
  /** The language you write the listing in; EN when left out */
  language?: ListingLanguage | null | undefined;
  /** List for this organisation; leave out to sell as a private person */
  organisationId?: string | number | null | undefined;
  originCountry?: string | null | undefined;
  originRegion?: string | null | undefined;
  /** Gross price (VAT included) */
  price?: MoneyInput | null | undefined;
  /** The seller’s own article number; CSV imports match on it */
  sku?: string | null | undefined;
  smallAndPrecious?: boolean | null | undefined;
  stock?: number | null | undefined;
  title?: string | null | undefined;
  unit?: MeasureUnit | null | undefined;
  /** Package content for the unit price, e.g. 0.25 (with unit KG) */
  unitQuantity?: number | null | undefined;
  /** Basis points: 1900 is 19 % */
  vatRateBp?: number | null | undefined;
};

export type CreateProposalInput = {
  allocationId?: string | number | null | undefined;
  body: string;
  kind: ProposalKind;
  /** Act as this membership (an organisation you own); your own when absent */
  memberId?: string | number | null | undefined;
  /** Option labels (not for consent polls) */
  options?: Array<string>;
  policyChanges?: Array<PolicyParameterChangeInput>;
  pollType: PollType;
  /** The problem it answers, before any solution */
  problemStatement: string;
  title: string;
};

/** How a lot is kept apart from others: IDENTITY_PRESERVED (one source), SEGREGATED (certified sources only) or MASS_BALANCE (mixed, accounted by volume) */
export type CustodyModel =
  | 'IDENTITY_PRESERVED'
  | 'MASS_BALANCE'
  | 'SEGREGATED';

/** Which party of a wholesale deal */
export type DealSide =
  | 'BUYER'
  | 'SELLER';

/** A line of a diff */
export type DiffOp =
  | 'ADDED'
  | 'REMOVED'
  | 'SAME';

/** DRAFT (may be re-run) -> PROPOSED (a DIVIDEND_ALLOCATION proposal carries it to the vote) -> APPROVED (the proposal passed) -> PAID, or REJECTED (the vote did not pass it) */
export type DividendAllocationState =
  | 'APPROVED'
  | 'DRAFT'
  | 'PAID'
  | 'PROPOSED'
  | 'REJECTED';

/** MONEY, or SHARES (new shares at the share price; the remainder below one share as money) */
export type DividendPayoutMethod =
  | 'MONEY'
  | 'SHARES';

/** Investor return or patronage */
export type DividendTier =
  | 'INVESTOR'
  | 'PATRONAGE';

/** Every stable error code the API answers with, in `extensions.code` or a refusal’s `errorCode` */
export type ErrorCode =
  | 'ACCOUNT_NOT_FOUND'
  | 'ACCOUNT_SUSPENDED'
  | 'ADDRESS_BOOK_FULL'
  | 'ALLOCATION_ID_INVALID'
  | 'ALREADY_ATTESTED'
  | 'ALREADY_CUSTODIAN'
  | 'ALREADY_MEMBER'
  | 'ALREADY_RATED'
  | 'ALREADY_REVIEWED'
  | 'ALREADY_VERIFIED'
  | 'BAD_CELL'
  | 'BAD_REQUEST'
  | 'BAD_USER_INPUT'
  | 'BALLOT_BLOCK_NEEDS_REASON'
  | 'BALLOT_DOES_NOT_FIT_POLL'
  | 'BALLOT_RANKING_DUPLICATE'
  | 'BALLOT_SCORE_OUT_OF_RANGE'
  | 'BALLOT_UNKNOWN_OPTION'
  | 'CANNOT_SUSPEND_SELF'
  | 'CANNOT_SUSPEND_STAFF'
  | 'CART_EMPTY'
  | 'CATEGORY_SLUG_TAKEN'
  | 'CATEGORY_TOO_DEEP'
  | 'CERTIFICATE_DATES_INVALID'
  | 'CERTIFIER_MISSING'
  | 'CHECKOUT_NOT_CLAIMABLE'
  | 'CHECKOUT_NOT_PAYABLE'
  | 'CLAIM_EMAIL_MISMATCH'
  | 'CONTACT_EMAIL_MISSING'
  | 'CORRECTED_RECORD_NOT_FOUND'
  | 'CSV_BAD_HEADER'
  | 'CSV_EMPTY'
  | 'CSV_MISSING_COLUMNS'
  | 'CSV_TOO_LARGE'
  | 'CSV_UNKNOWN_COLUMNS'
  | 'CSV_UNSUPPORTED_TYPE'
  | 'CURRENCY_MISMATCH'
  | 'DELIVERY_ADDRESS_MISSING'
  | 'DELIVERY_DATE_PAST'
  | 'DELIVERY_EXCEEDS_ORDER'
  | 'DETAILS_DO_NOT_MATCH_KIND'
  | 'DIVIDEND_ALLOCATION_NOT_DRAFT'
  | 'DIVIDEND_ALLOCATION_REJECTED'
  | 'DIVIDEND_CHOICE_CLOSED'
  | 'DIVIDEND_NOTHING_TO_ALLOCATE'
  | 'DIVIDEND_NOT_APPROVED'
  | 'DIVIDEND_NO_BANK_TRANSFERS'
  | 'DONATION_INCOMPLETE'
  | 'DONATION_NOT_ALLOWED'
  | 'ECOLOGICAL_CLAIM_UNSUPPORTED'
  | 'EMAIL_TAKEN'
  | 'FAIR_CLAIM_UNSUPPORTED'
  | 'FEE_CURRENCY_UNSUPPORTED'
  | 'FISCAL_YEAR_CLOSED'
  | 'FISCAL_YEAR_NOT_CLOSED'
  | 'FISCAL_YEAR_NOT_ENDED'
  | 'FISCAL_YEAR_OVERLAPS'
  | 'FORBIDDEN'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'IBAN_INVALID'
  | 'ILLEGAL_TRANSITION'
  | 'INPUT_LOTS_MISSING'
  | 'INPUT_LOT_EMPTY'
  | 'INPUT_NOT_IN_CUSTODY'
  | 'INSUFFICIENT_STOCK'
  | 'INTERNAL_SERVER_ERROR'
  | 'INVALID_ALLOCATION'
  | 'INVALID_AMOUNT'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_CURRENCY'
  | 'INVOICE_NOT_OPEN'
  | 'LEDGER_INVALID_ACCOUNT'
  | 'LEDGER_INVALID_POSTING'
  | 'LEDGER_REFERENCE_REUSED'
  | 'LEDGER_UNBALANCED'
  | 'LEGAL_DETAILS_MISSING'
  | 'LISTING_INCOMPLETE'
  | 'LOT_CODE_TAKEN'
  | 'LOT_NOT_IN_CUSTODY'
  | 'LOT_QUANTITY_EXCEEDED'
  | 'MEMBERSHIP_TOO_FEW_SHARES'
  | 'MEMBER_CLASS_UNKNOWN'
  | 'MEMBER_NOT_IN_GOOD_STANDING'
  | 'MEMBER_NOT_SUSPENDED'
  | 'NOTHING_TO_INVOICE'
  | 'NOT_A_MEMBER'
  | 'NOT_A_PARTICIPANT'
  | 'NOT_A_WORKER_MEMBER'
  | 'NOT_CUSTODIAN'
  | 'NOT_FOUND'
  | 'NOT_IN_CART'
  | 'NOT_IN_ELECTORATE'
  | 'NOT_PAID'
  | 'NOT_SHIPPABLE'
  | 'NOT_VERIFIABLE'
  | 'NOT_YOUR_PRODUCT'
  | 'NOT_YOUR_TURN'
  | 'OFFER_EXPIRED'
  | 'OFFER_NOT_OPEN'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'ORDER_NOT_DELIVERED'
  | 'OUT_OF_STOCK'
  | 'OWN_OFFER'
  | 'OWN_PRODUCT'
  | 'OWN_PROPOSAL'
  | 'PAYMENT_AMOUNT_MISMATCH'
  | 'PAYMENT_EXCEEDS_DUE'
  | 'PAYMENT_INVALID_AMOUNT'
  | 'PAYMENT_NOT_OFFLINE'
  | 'PAYMENT_NOT_SUCCEEDED'
  | 'PAYMENT_PROVIDER_ERROR'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'PHOTO_MISSING'
  | 'PHOTO_TOO_LARGE'
  | 'PHOTO_TOO_MANY_PIXELS'
  | 'PHOTO_TOO_SMALL'
  | 'PHOTO_UNREADABLE'
  | 'PHOTO_UNSUPPORTED_TYPE'
  | 'POLICY_CHANGES_INVALID'
  | 'POLICY_PARAMETER_UNKNOWN'
  | 'POLICY_VALUE_OUT_OF_RANGE'
  | 'POLICY_VALUE_WRONG_TYPE'
  | 'POLL_OPTIONS_INVALID'
  | 'PRICE_ABOVE_TIER'
  | 'PRODUCT_CLOSED'
  | 'PRODUCT_NOT_AVAILABLE'
  | 'PROPOSAL_EXPIRED'
  | 'PROPOSAL_NEEDS_CONSENT_POLL'
  | 'PROPOSAL_NOT_DRAFT'
  | 'PROPOSAL_NOT_IMPLEMENTING'
  | 'PROPOSAL_NOT_IN_DELIBERATION'
  | 'PROPOSAL_NOT_PASSED'
  | 'QUANTITY_ABOVE_AVAILABLE'
  | 'QUANTITY_BELOW_MINIMUM'
  | 'QUANTITY_LIMIT'
  | 'QUERY_TOO_COMPLEX'
  | 'QUERY_TOO_DEEP'
  | 'RECIPIENT_MISSING'
  | 'RECORD_IN_FUTURE'
  | 'RECORD_OUT_OF_ORDER'
  | 'REFUND_EXCEEDS_ORDER'
  | 'REFUND_EXCEEDS_PAYMENT'
  | 'REFUND_FAILED'
  | 'REFUND_INVALID_AMOUNT'
  | 'REFUND_REFERENCE_REUSED'
  | 'REVIEW_MISSING'
  | 'SAGA_GAVE_UP'
  | 'SELF_ATTESTATION'
  | 'SELLER_NOT_FOUND'
  | 'SELLER_ON_VACATION'
  | 'SHARE_PURCHASE_NOT_PENDING'
  | 'SHARE_TRANSFER_BELOW_MINIMUM'
  | 'SHARE_TRANSFER_RECIPIENT_NOT_IN_GOOD_STANDING'
  | 'SHARE_TRANSFER_TO_SELF'
  | 'SHIPPING_METHOD_UNAVAILABLE'
  | 'SHIPPING_UNAVAILABLE'
  | 'SKU_TAKEN'
  | 'SPLIT_EXCEEDS_LOT'
  | 'STRIPE_NOT_CONFIGURED'
  | 'TASKS_NOT_DONE'
  | 'TIERS_INVALID'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_INVALID'
  | 'TOKEN_USED'
  | 'TOO_MANY_OPERATIONS'
  | 'TOO_MANY_PHOTOS'
  | 'TOO_MANY_REQUESTS'
  | 'TRANSFER_EXCEEDS_PAYMENT'
  | 'TRANSFER_INVALID_AMOUNT'
  | 'UNAUTHENTICATED'
  | 'UNKNOWN_CATEGORY'
  | 'VOTING_CLOSED'
  | 'VOTING_CONDITIONS_NOT_MET'
  | 'VOTING_NOT_OPEN'
  | 'WEBHOOK_BODY_MISSING'
  | 'WEBHOOK_EVENT_MALFORMED'
  | 'WEBHOOK_RETRY_LATER'
  | 'WEBHOOK_SIGNATURE_INVALID'
  | 'WORKER_HOURS_INVALID';

export type EvidenceInput = {
  /** SHA-256 (hex) of the document */
  documentHash?: string | null | undefined;
  url?: string | null | undefined;
};

export type FairQuestionnaireInput = {
  /** How is the environment taken care of in production? */
  environment: string;
  /** How long and on what terms do you work with the producers? */
  tradingRelationship: string;
  /** How are the producers paid, and how does that compare with local living wages? */
  wages: string;
  /** What are the working conditions (hours, safety, no child or forced labour)? */
  workingConditions: string;
};

/** OPEN (costs may be entered) -> CLOSED (the figures are final; the allocation may run) */
export type FiscalYearState =
  | 'CLOSED'
  | 'OPEN';

/** An Incoterms 2020 delivery term, e.g. FCA (free carrier) or DAP */
export type Incoterm =
  | 'CFR'
  | 'CIF'
  | 'CIP'
  | 'CPT'
  | 'DAP'
  | 'DDP'
  | 'DPU'
  | 'EXW'
  | 'FAS'
  | 'FCA'
  | 'FOB';

/** How an invoice was paid */
export type InvoicePaymentMethod =
  | 'BANK_TRANSFER'
  | 'ONLINE';

/** PER_DELIVERY: one invoice for each delivery; AT_END: one invoice once everything is delivered */
export type InvoicingMode =
  | 'AT_END'
  | 'PER_DELIVERY';

export type JoinCoopInput = {
  memberClass: MemberClass;
  /** Join as this organisation (you must own it); yourself when absent */
  organisationId?: string | number | null | undefined;
  shares: number;
};

/** The language a listing is written in */
export type ListingLanguage =
  | 'DE'
  | 'EN';

export type LoginInput = {
  email: string;
  password: string;
};

export type MarkInvoicePaidInput = {
  /** Minor units received; at most what is due (less skonto in its period) */
  amount: number;
  /** The day the money arrived, YYYY-MM-DD */
  paidOn: string;
  /** The bank transfer’s reference */
  reference?: string;
};

/** The unit a package content is given in */
export type MeasureUnit =
  | 'CM'
  | 'G'
  | 'KG'
  | 'L'
  | 'M'
  | 'ML'
  | 'PIECE';

/** CONSUMER (buys), PRODUCER (sells), WORKER (works for the co-op) or INVESTOR (invests only) */
export type MemberClass =
  | 'CONSUMER'
  | 'INVESTOR'
  | 'PRODUCER'
  | 'WORKER';

/** APPLIED until the shares are paid; ACTIVE; SUSPENDED by staff; LEAVING after notice; LEFT once the shares are redeemed; CANCELLED before admission */
export type MemberStatus =
  | 'ACTIVE'
  | 'APPLIED'
  | 'CANCELLED'
  | 'LEAVING'
  | 'LEFT'
  | 'SUSPENDED';

export type MoneyInput = {
  amount: number;
  currency: string;
};

/** REQUESTED (the buyer asked for a quote) -> OFFERED (the seller proposed) <-> COUNTERED (the buyer proposed back), ending ACCEPTED, DECLINED, EXPIRED or WITHDRAWN */
export type NegotiationState =
  | 'ACCEPTED'
  | 'COUNTERED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'OFFERED'
  | 'REQUESTED'
  | 'WITHDRAWN';

/** What a notification is about */
export type NotificationKind =
  | 'PROPOSAL_PUBLISHED'
  | 'RESULT'
  | 'VOTING_CLOSES_SOON'
  | 'VOTING_OPENED';

/** Where a seller order is: PENDING_PAYMENT -> PAID -> SHIPPED -> DELIVERED -> COMPLETED, or CANCELLED / REFUNDED */
export type OrderState =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DELIVERED'
  | 'PAID'
  | 'PENDING_PAYMENT'
  | 'REFUNDED'
  | 'SHIPPED';

/** The legal form of an organisation */
export type OrganisationKind =
  | 'COMPANY'
  | 'COOPERATIVE'
  | 'NGO'
  | 'SOLE_TRADER';

/** What an account may do for an organisation */
export type OrganisationRole =
  | 'OWNER'
  | 'STAFF';

export type PlaceInput = {
  /** ISO 3166-1 alpha-2 */
  country: string;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  name: string;
};

/** MEMBER for everyone; STAFF for platform workers */
export type PlatformRole =
  | 'MEMBER'
  | 'STAFF';

export type PolicyParameterChangeInput = {
  key: string;
  /** The new value as text (see PolicyParameter.value) */
  value: string;
};

/** BASIS_POINTS (1 % = 100), MONEY (minor units of EUR), INTEGER, BOOLEAN, FRACTION ("2/3") or CHOICE (one of choices) */
export type PolicyParameterType =
  | 'BASIS_POINTS'
  | 'BOOLEAN'
  | 'CHOICE'
  | 'FRACTION'
  | 'INTEGER'
  | 'MONEY';

/** CONSENT, SINGLE_CHOICE, RANKED_CHOICE (instant runoff) or SCORE (0–5 per option) */
export type PollType =
  | 'CONSENT'
  | 'RANKED_CHOICE'
  | 'SCORE'
  | 'SINGLE_CHOICE';

export type PostInThreadInput = {
  body: string;
  memberId?: string | number | null | undefined;
  /** The post this replies to */
  parentId?: string | number | null | undefined;
  proposalId: string | number;
};

export type PostalAddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2, e.g. DE */
  country: string;
  /** Who receives the parcel */
  name: string;
  phone?: string | null | undefined;
  postalCode: string;
  /** Street and number */
  street: string;
};

/** New or used goods */
export type ProductCondition =
  | 'NEW'
  | 'USED';

/** Everything a listing says; on update, fields left out stay as they are */
export type ProductFieldsInput = {
  categoryId?: string | number | null | undefined;
  condition?: ProductCondition | null | undefined;
  description?: string | null | undefined;
  /** The verified NGO that receives the friendly percent */
  donationOrganisationId?: string | number | null | undefined;
  ecological?: boolean | null | undefined;
  /** E.g. EU organic, Demeter, Bioland */
  ecologicalSeal?: string | null | undefined;
  fair?: boolean | null | undefined;
  fairQuestionnaire?: FairQuestionnaireInput | null | undefined;
  /** E.g. Fairtrade, WFTO, Naturland Fair */
  fairSeal?: string | null | undefined;
  /** Percent of the net price donated: 0, 1, 3, 5, 10, 25, 50, 75 or 100 */
  friendlyPercent?: number | null | undefined;
  /** The whole gallery, in order; replaces the old one */
  images?: Array<ProductImageInput> | null | undefined;
  /** The language you write the listing in; EN when left out */
  language?: ListingLanguage | null | undefined;
  originCountry?: string | null | undefined;
  originRegion?: string | null | undefined;
  /** Gross price (VAT included) */
  price?: MoneyInput | null | undefined;
  /** The seller’s own article number; CSV imports match on it */
  sku?: string | null | undefined;
  smallAndPrecious?: boolean | null | undefined;
  stock?: number | null | undefined;
  title?: string | null | undefined;
  unit?: MeasureUnit | null | undefined;
  /** Package content for the unit price, e.g. 0.25 (with unit KG) */
  unitQuantity?: number | null | undefined;
  /** Basis points: 1900 is 19 % */
  vatRateBp?: number | null | undefined;
};

export type ProductFilterInput = {
  /** Category slugs; a parent category includes its children */
  categorySlugs?: Array<string> | null | undefined;
  condition?: ProductCondition | null | undefined;
  ecological?: boolean | null | undefined;
  fair?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2 codes of the countries of origin */
  originCountries?: Array<string> | null | undefined;
  /** Highest gross price in minor units (exclusive) */
  priceMax?: number | null | undefined;
  /** Lowest gross price in minor units (inclusive) */
  priceMin?: number | null | undefined;
  smallAndPrecious?: boolean | null | undefined;
  /** Physically traceable to its origin through a provenance chain */
  traceable?: boolean | null | undefined;
};

export type ProductImageInput = {
  /** Describes the picture for people who cannot see it */
  alt?: string;
  url: string;
};

/** How search results are ordered */
export type ProductSort =
  | 'NEWEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  | 'RELEVANCE';

/** Where a listing is in its life */
export type ProductState =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DRAFT'
  | 'SOLD_OUT';

export type ProposalInput = {
  /** The wished delivery date, YYYY-MM-DD */
  deliveryDate: string;
  message?: string;
  quantity: number;
  /** Minor units per unit; the offer’s tier price for the quantity when not given */
  unitPrice?: number | null | undefined;
  /** How long the proposal stands; 14 days (at most the offer’s validity) when not given */
  validUntil?: string | null | undefined;
};

/** GENERAL; POLICY_CHANGE (binding parameter changes); BYLAW_CHANGE (needs the bylaw threshold, two-thirds); DIVIDEND_ALLOCATION (approves an allocation run) */
export type ProposalKind =
  | 'BYLAW_CHANGE'
  | 'DIVIDEND_ALLOCATION'
  | 'GENERAL'
  | 'POLICY_CHANGE';

/** How a closed vote ended */
export type ProposalOutcome =
  | 'NO_QUORUM'
  | 'PASSED'
  | 'REJECTED';

/** DRAFT (the author writes) -> DELIBERATION (thread, amendments) -> VOTING -> CLOSED -> IMPLEMENTING (tasks) -> IMPLEMENTED (after the review) */
export type ProposalState =
  | 'CLOSED'
  | 'DELIBERATION'
  | 'DRAFT'
  | 'IMPLEMENTED'
  | 'IMPLEMENTING'
  | 'VOTING';

/** What a provenance record tells */
export type ProvenanceRecordKind =
  | 'CERTIFICATION'
  | 'CUSTODY_TRANSFER'
  | 'INSPECTION'
  | 'ORIGIN'
  | 'PROCESSING'
  | 'TRANSFORMATION'
  | 'TRANSPORT';

export type PublishOfferInput = {
  /** The category, for the statistics (taken from the product when not given) */
  categoryId?: string | number | null | undefined;
  currency: string;
  description?: string;
  incoterm: Incoterm;
  incotermPlace: string;
  invoicing?: InvoicingMode;
  leadTimeDays: number;
  /** A provenance lot your co-op holds */
  lotId?: string | number | null | undefined;
  minimumQuantity: number;
  /** The verified co-op that sells */
  organisationId: string | number;
  paymentNetDays?: number;
  /** A product your co-op sells */
  productId?: string | number | null | undefined;
  /** Skonto in basis points (200 = 2 %) */
  skontoBp?: number;
  skontoDays?: number;
  /** The first starts at the minimum quantity */
  tiers: Array<WholesaleOfferTierInput>;
  title: string;
  totalQuantity: number;
  /** UN/CEFACT unit code, e.g. KGM (kilogram), H87 (piece) */
  unit: string;
  /** From now when not given */
  validFrom?: string | null | undefined;
  validUntil: string;
  /** VAT rate in basis points (700 = 7 %) */
  vatRateBp: number;
};

/** CONFIRMED -> PARTLY_DELIVERED -> DELIVERED -> COMPLETED (invoiced and paid), or CANCELLED before any delivery */
export type PurchaseOrderState =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'PARTLY_DELIVERED';

export type RecordDeliveryInput = {
  /** The delivery note: what was handed over, how, to whom */
  note: string;
  /** Units delivered now; at most what is still open on the order */
  quantity: number;
};

export type RefundOrderInput = {
  amount: MoneyInput;
  /** Yours, e.g. a UUID made with the form: a repeat with the same key refunds once */
  idempotencyKey: string;
  note?: string;
  reason: RefundReason;
};

/** Why money went back: goods returned, not in stock, not paid, the buyer cancelled, or another reason (with a note) */
export type RefundReason =
  | 'CANCELLED'
  | 'NOT_IN_STOCK'
  | 'NOT_PAID'
  | 'OTHER'
  | 'RETURNED';

export type RegisterInput = {
  /** The person agrees to the terms of use and the privacy policy; must be true */
  acceptTerms: boolean;
  /** The name shown to others */
  displayName: string;
  email: string;
  /** The language of the mail this account gets: en (default) or de */
  locale?: string | null | undefined;
  /** At least 10 characters */
  password: string;
};

export type RequestPasswordResetInput = {
  email: string;
};

export type RequestQuoteInput = {
  /** The wished delivery date, YYYY-MM-DD */
  deliveryDate: string;
  message?: string;
  offerId: string | number;
  /** The verified co-op that buys */
  organisationId: string | number;
  quantity: number;
  /** Minor units per unit; the offer’s tier price for the quantity when not given */
  unitPrice?: number | null | undefined;
  /** How long the proposal stands; 14 days (at most the offer’s validity) when not given */
  validUntil?: string | null | undefined;
};

export type ResetPasswordInput = {
  /** The new password, at least 10 characters */
  password: string;
  /** The token from the link in the mail */
  token: string;
};

export type ScoreInput = {
  option: string | number;
  score: number;
};

/** A private person or an organisation */
export type SellerKind =
  | 'ORGANISATION'
  | 'PERSON';

/** A buyer’s rating of a seller */
export type SellerRatingValue =
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE';

export type SetPayoutChoiceInput = {
  accountHolder?: string | null | undefined;
  /** For money by bank transfer; spaces allowed */
  iban?: string | null | undefined;
  memberId: string | number;
  method: DividendPayoutMethod;
};

/** A line of the share register */
export type ShareMovement =
  | 'PURCHASE'
  | 'REDEMPTION'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT';

/** A share order */
export type SharePurchaseStatus =
  | 'CANCELLED'
  | 'PAID'
  | 'PENDING';

/** Delivery by parcel, or pickup from the seller */
export type ShippingMethod =
  | 'DELIVERY'
  | 'PICKUP';

export type ShippingProfileInput = {
  currency?: string;
  /** An organisation you act for; leave out for your private sales */
  organisationId?: string | number | null | undefined;
  /** ISO country your parcels leave from */
  originCountry: string;
  /** Every zone you deliver to; a zone left out is not delivered to */
  rates: Array<ZoneRateInput>;
};

export type StaffReasonInput = {
  /** Why, in words the person or organisation is shown */
  reason: string;
};

export type TransferSharesInput = {
  /** The member giving the shares: yours or an organisation’s you own */
  fromMemberId: string | number;
  /** The same key again returns the transfer already made */
  idempotencyKey: string;
  shares: number;
  /** The receiving member’s number */
  toMemberNumber: number;
};

export type TransportInput = {
  /** Where the goods left; the record’s place is where they arrived */
  from: PlaceInput;
  mode: TransportMode;
};

/** How goods travelled */
export type TransportMode =
  | 'AIR'
  | 'INLAND_WATERWAY'
  | 'OTHER'
  | 'RAIL'
  | 'ROAD'
  | 'SEA';

export type UpdateOrganisationInput = {
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2, e.g. DE */
  country?: string | null | undefined;
  imprint?: string | null | undefined;
  legalName?: string | null | undefined;
  name?: string | null | undefined;
  /** Where payouts go (IBAN or payment-provider account id); shown only to the organisation */
  payoutAccount?: string | null | undefined;
  postalCode?: string | null | undefined;
  street?: string | null | undefined;
  terms?: string | null | undefined;
  vatId?: string | null | undefined;
  withdrawalPolicy?: string | null | undefined;
};

/** What voting waits for: the minimum days of deliberation, the minimum participants, participants from two classes */
export type VotingCondition =
  | 'MIN_DAYS'
  | 'MIN_PARTICIPANTS'
  | 'TWO_CLASSES';

/** ISSUED -> PAID, or OVERDUE past its due date -> PAID */
export type WholesaleInvoiceState =
  | 'ISSUED'
  | 'OVERDUE'
  | 'PAID';

export type WholesaleOfferFilter = {
  categoryId?: string | number | null | undefined;
  currency?: string | null | undefined;
  incoterm?: Incoterm | null | undefined;
  /** Words in the title or description */
  search?: string | null | undefined;
  /** One seller’s offers, including closed ones */
  sellerOrganisationId?: string | number | null | undefined;
};

/** OPEN until withdrawn by its seller or past its validity */
export type WholesaleOfferState =
  | 'EXPIRED'
  | 'OPEN'
  | 'WITHDRAWN';

export type WholesaleOfferTierInput = {
  /** From this quantity on */
  minQuantity: number;
  /** Minor units per unit, for the whole quantity */
  unitPrice: number;
};

/** STARTED (the provider is asked) -> SUCCEEDED (the invoice is settled), FAILED (may still succeed) or UNAPPLIED (held for the buyer) */
export type WholesaleOnlinePaymentState =
  | 'FAILED'
  | 'STARTED'
  | 'SUCCEEDED'
  | 'UNAPPLIED';

export type ZoneRateInput = {
  combinedItemsPerParcel?: number | null | undefined;
  combinedParcelPrice?: number | null | undefined;
  freeShippingThreshold?: number | null | undefined;
  /** Per item, for products without parcels of their own */
  itemPrice?: number | null | undefined;
  /** DOMESTIC (your own country), EU, WORLD, or a two-letter country code */
  zone: string;
};

export type ProductCardFragment = { id: string, title: string, fair: boolean, fairSeal: string | null, ecological: boolean, ecologicalSeal: string | null, smallAndPrecious: boolean, price: { formatted: string }, unitPrice: { per: string, price: { formatted: string } } | null, images: Array<{ url: string, srcset: string | null }> };

export type ProvenanceTimelineFragment = { traceable: boolean, stepCount: number, lotCount: number, transportKm: number, completeness: number, attestedSteps: number, certifiedSteps: number, lot: { code: string, custodyModel: CustodyModel }, origin: { occurredAt: string, place: { name: string, country: string }, actor: { name: string } } | null, certificates: Array<{ recordId: string, certifier: string, standard: string, certificateId: string, validTo: string, status: CertificateStatus }>, steps: Array<{ id: string, kind: ProvenanceRecordKind, occurredAt: string, description: string, correctedByRecordId: string | null, place: { name: string, country: string, latitude: number | null, longitude: number | null }, actor: { name: string }, transport: { mode: TransportMode, distanceKm: number | null, from: { name: string, latitude: number | null, longitude: number | null } } | null, certificates: Array<{ recordId: string, standard: string, status: CertificateStatus }>, attestations: Array<{ id: string, valid: boolean, statement: string, organisation: { name: string } }> }> };

export type SellerRatingsFragment = { count: number, positiveShare: number | null, latestComments: Array<{ rating: SellerRatingValue, comment: string, createdAt: string }> };

export type MergeCartMutationVariables = Exact<{
  cartToken: string;
}>;


export type MergeCartMutation = { mergeCart: { itemCount: number } };

export type CheckoutCartQueryVariables = Exact<{
  cartToken?: string | null | undefined;
  locale: string;
}>;


export type CheckoutCartQuery = { countries: Array<{ code: string }>, me: { id: string, email: string, displayName: string } | null, cart: { itemCount: number, destinationCountry: string | null, contactEmail: string | null, deliveryAddress: { name: string, street: string, postalCode: string, city: string, country: string, phone: string | null } | null, itemsTotal: { formatted: string } | null, shippingTotal: { formatted: string } | null, total: { formatted: string } | null, groups: Array<{ sellerId: string, sellerName: string, deliveryZone: string | null, shippingMethod: ShippingMethod | null, delivery: { amount: { formatted: string } } | null, pickup: { amount: { formatted: string } } | null, shipping: { formatted: string } | null, itemsTotal: { formatted: string }, total: { formatted: string }, lines: Array<{ quantity: number, problem: ErrorCode | null, lineTotal: { formatted: string }, product: { id: string, title: string } }> }> } };

export type MyOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationsQuery = { me: { id: string, memberships: Array<{ organisation: { id: string, name: string } }> } | null };

export type ClaimGuestCheckoutMutationVariables = Exact<{
  checkoutId: string | number;
  accessToken: string;
}>;


export type ClaimGuestCheckoutMutation = { claimGuestCheckout: { id: string } };

export type ArrangeProductPhotosMutationVariables = Exact<{
  productId: string | number;
  input: ArrangePhotosInput;
}>;


export type ArrangeProductPhotosMutation = { arrangeProductPhotos: Array<{ id: string }> };

export type StaffViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffViewerQuery = { me: { id: string, platformRole: PlatformRole } | null };

export type CartCountQueryVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type CartCountQuery = { cart: { itemCount: number } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { unreadNotificationCount: number, me: { id: string, displayName: string, platformRole: PlatformRole, emailConfirmedAt: string | null, locale: string } | null };

export type SetMailLanguageMutationVariables = Exact<{
  locale: string;
}>;


export type SetMailLanguageMutation = { setMailLanguage: { id: string } };

export type DevMailboxEnabledQueryVariables = Exact<{ [key: string]: never; }>;


export type DevMailboxEnabledQuery = { devMailboxEnabled: boolean };

export type AddressBookQueryVariables = Exact<{ [key: string]: never; }>;


export type AddressBookQuery = { countries: Array<{ code: string }>, myAddresses: Array<{ id: string, name: string, street: string, postalCode: string, city: string, country: string, phone: string | null, isDefault: boolean }> };

export type SaveAddressMutationVariables = Exact<{
  input: AddressInput;
}>;


export type SaveAddressMutation = { saveAddress: { id: string } };

export type SetDefaultAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type SetDefaultAddressMutation = { setDefaultAddress: { id: string } };

export type DeleteAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAddressMutation = { deleteAddress: Array<{ id: string }> };

export type CartPageQueryVariables = Exact<{
  cartToken?: string | null | undefined;
  locale: string;
}>;


export type CartPageQuery = { countries: Array<{ code: string }>, cart: { itemCount: number, destinationCountry: string | null, itemsTotal: { formatted: string } | null, shippingTotal: { formatted: string } | null, total: { formatted: string } | null, groups: Array<{ sellerId: string, sellerName: string, shippingMethod: ShippingMethod | null, delivery: { amount: { formatted: string } } | null, pickup: { amount: { formatted: string } } | null, shipping: { formatted: string } | null, itemsTotal: { formatted: string }, total: { formatted: string }, lines: Array<{ quantity: number, shipsToDestination: boolean, problem: ErrorCode | null, lineTotal: { formatted: string }, product: { id: string, title: string, stock: number, price: { formatted: string } } }> }> } };

export type AddToCartMutationVariables = Exact<{
  productId: string | number;
  quantity: number;
  cartToken?: string | null | undefined;
}>;


export type AddToCartMutation = { addToCart: { token: string | null, itemCount: number } };

export type SetCartQuantityMutationVariables = Exact<{
  productId: string | number;
  quantity: number;
  cartToken?: string | null | undefined;
}>;


export type SetCartQuantityMutation = { setCartItemQuantity: { itemCount: number } };

export type SetCartDestinationMutationVariables = Exact<{
  country: string;
  cartToken?: string | null | undefined;
}>;


export type SetCartDestinationMutation = { setCartDestination: { itemCount: number } };

export type ChooseShippingMutationVariables = Exact<{
  sellerId: string | number;
  method: ShippingMethod;
  cartToken?: string | null | undefined;
}>;


export type ChooseShippingMutation = { chooseShipping: { itemCount: number } };

export type CheckoutPageQueryVariables = Exact<{
  id: string | number;
  accessToken?: string | null | undefined;
  locale: string;
}>;


export type CheckoutPageQuery = { paymentConfig: { provider: string, publishableKey: string | null }, me: { id: string } | null, myCheckout: { id: string, state: CheckoutState, expiresAt: string, clientSecret: string | null, paymentError: string | null, accessToken: string | null, total: { formatted: string }, orders: Array<{ id: string, number: number, state: OrderState, buyerName: string | null, shippingMethod: ShippingMethod, deliveryAddress: { name: string, street: string, postalCode: string, city: string, country: string, phone: string | null } | null, seller: { name: string, terms: string | null, withdrawalPolicy: string | null }, itemsTotal: { formatted: string }, shipping: { formatted: string }, total: { formatted: string }, lines: Array<{ id: string, title: string, quantity: number, gross: { formatted: string } }> }> } };

export type PayOfflineMutationVariables = Exact<{
  checkoutId: string | number;
  accessToken?: string | null | undefined;
}>;


export type PayOfflineMutation = { payCheckoutOffline: { state: CheckoutState } };

export type CheckoutAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutAddressesQuery = { myAddresses: Array<{ id: string, name: string, street: string, postalCode: string, city: string, country: string, phone: string | null, isDefault: boolean }> };

export type SetDeliveryAddressMutationVariables = Exact<{
  cartToken?: string | null | undefined;
  addressId?: string | number | null | undefined;
  address?: PostalAddressInput | null | undefined;
  email?: string | null | undefined;
  locale?: string | null | undefined;
  saveToAddressBook?: boolean | null | undefined;
}>;


export type SetDeliveryAddressMutation = { setDeliveryAddress: { itemCount: number } };

export type CheckoutMutationVariables = Exact<{
  idempotencyKey: string;
  cartToken?: string | null | undefined;
}>;


export type CheckoutMutation = { checkout: { id: string, accessToken: string | null } };

export type CheckoutChooseShippingMutationVariables = Exact<{
  sellerId: string | number;
  method: ShippingMethod;
  cartToken?: string | null | undefined;
}>;


export type CheckoutChooseShippingMutation = { chooseShipping: { itemCount: number } };

export type ConfirmEmailMutationVariables = Exact<{
  input: ConfirmEmailInput;
}>;


export type ConfirmEmailMutation = { confirmEmail: { id: string } };

export type ResendEmailConfirmationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendEmailConfirmationMutation = { resendEmailConfirmation: boolean };

export type MembershipTermsQueryVariables = Exact<{
  locale: string;
}>;


export type MembershipTermsQuery = { membershipTerms: { noticeDays: number, sharePrice: { amount: number, formatted: string }, minimums: Array<{ memberClass: MemberClass, shares: number }> } };

export type MyMembershipsQueryVariables = Exact<{
  locale: string;
}>;


export type MyMembershipsQuery = { myMemberships: Array<{ id: string, number: number, memberClass: MemberClass, status: MemberStatus, goodStanding: boolean, shares: number, leavesAt: string | null, capital: { formatted: string }, purchases: Array<{ id: string, status: SharePurchaseStatus, amount: { formatted: string } }>, register: Array<{ id: string, movement: ShareMovement, shares: number, counterpartyNumber: number | null, recordedAt: string }>, standingHistory: Array<{ toStatus: MemberStatus, reason: string, createdAt: string }> }>, myNotifications: Array<{ id: string, kind: NotificationKind, proposalId: string, proposalTitle: string, read: boolean, createdAt: string }> };

export type JoinCoopMutationVariables = Exact<{
  input: JoinCoopInput;
}>;


export type JoinCoopMutation = { joinCoop: { purchase: { id: string } } };

export type PaySharesOfflineMutationVariables = Exact<{
  id: string | number;
}>;


export type PaySharesOfflineMutation = { paySharesOffline: { member: { status: MemberStatus } } };

export type GiveMembershipNoticeMutationVariables = Exact<{
  id: string | number;
}>;


export type GiveMembershipNoticeMutation = { giveMembershipNotice: { status: MemberStatus } };

export type TransferSharesMutationVariables = Exact<{
  input: TransferSharesInput;
  locale: string;
}>;


export type TransferSharesMutation = { transferShares: { shares: number, toMemberNumber: number, capital: { formatted: string } } };

export type MarkNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkNotificationsReadMutation = { markNotificationsRead: boolean };

export type SellerOrdersQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
  after?: string | null | undefined;
  locale: string;
}>;


export type SellerOrdersQuery = { sellerOrders: { totalCount: number, edges: Array<{ node: { id: string, number: number, state: OrderState, createdAt: string, buyerName: string | null, shippingMethod: ShippingMethod, deliveryAddress: { name: string, street: string, postalCode: string, city: string, country: string, phone: string | null } | null, total: { formatted: string }, refunded: { amount: number, formatted: string }, fees: { platformFee: { formatted: string }, fairFund: { formatted: string }, sellerPayout: { formatted: string }, payoutAfterRefunds: { formatted: string } }, lines: Array<{ id: string, title: string, quantity: number }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ProductEditPageQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type ProductEditPageQuery = { categories: Array<{ id: string, name: string }>, product: { id: string, title: string, description: string, sku: string | null, categoryId: string | null, vatRateBp: number, stock: number, condition: ProductCondition, fair: boolean, fairSeal: string | null, ecological: boolean, ecologicalSeal: string | null, smallAndPrecious: boolean, originCountry: string | null, originRegion: string | null, unitQuantity: number | null, unit: MeasureUnit | null, state: ProductState, price: { amount: number, currency: string }, images: Array<{ id: string, url: string, srcset: string | null, alt: string }> } };

export type UpdateProductMutationVariables = Exact<{
  id: string | number;
  input: ProductFieldsInput;
}>;


export type UpdateProductMutation = { updateProduct: { sellerId: string, sellerKind: SellerKind } };

export type ActivateProductMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivateProductMutation = { activateProduct: { sellerId: string, sellerKind: SellerKind } };

export type CloseProductMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseProductMutation = { closeProduct: { sellerId: string, sellerKind: SellerKind } };

export type ProductFormCategoriesQueryVariables = Exact<{
  locale: string;
}>;


export type ProductFormCategoriesQuery = { categories: Array<{ id: string, name: string }> };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct: { id: string } };

export type ProvenanceLotPageQueryVariables = Exact<{
  id: string | number;
  organisationId: string | number;
}>;


export type ProvenanceLotPageQuery = { provenanceLot: { id: string, code: string, name: string, custodyModel: CustodyModel, traceable: boolean, recordCount: number, custodianOrganisationId: string, custodian: { name: string }, records: { edges: Array<{ node: { id: string, position: number, kind: ProvenanceRecordKind, occurredAt: string, description: string, actorOrganisationId: string, actor: { name: string }, place: { name: string, country: string }, certification: { standard: string, certificateId: string, status: CertificateStatus } | null, attestations: Array<{ id: string, organisationId: string, valid: boolean, statement: string, organisation: { name: string } }> } }> } }, myProducts: { edges: Array<{ node: { id: string, title: string } }> }, organisations: { edges: Array<{ node: { id: string, name: string } }> } };

export type AppendProvenanceRecordMutationVariables = Exact<{
  lotId: string | number;
  input: AppendRecordInput;
}>;


export type AppendProvenanceRecordMutation = { appendProvenanceRecord: { id: string } };

export type AttestProvenanceRecordMutationVariables = Exact<{
  recordId: string | number;
  organisationId: string | number;
  statement: string;
}>;


export type AttestProvenanceRecordMutation = { attestProvenanceRecord: { id: string } };

export type LinkLotToProductMutationVariables = Exact<{
  lotId: string | number;
  productId: string | number;
}>;


export type LinkLotToProductMutation = { linkLotToProduct: { id: string } };

export type ProvenanceLotsPageQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type ProvenanceLotsPageQuery = { provenanceLots: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string, custodyModel: CustodyModel, recordCount: number, traceable: boolean, custodian: { name: string } } }> } };

export type CreateProvenanceLotMutationVariables = Exact<{
  input: CreateLotInput;
}>;


export type CreateProvenanceLotMutation = { createProvenanceLot: { id: string } };

export type ShippingPageQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
}>;


export type ShippingPageQuery = { countries: Array<{ code: string }>, myShippingProfile: { originCountry: string, rates: Array<{ zone: string, combinedItemsPerParcel: number | null, itemPrice: { amount: number } | null, combinedParcelPrice: { amount: number } | null, freeShippingThreshold: { amount: number } | null }> } | null };

export type SetShippingProfileMutationVariables = Exact<{
  input: ShippingProfileInput;
}>;


export type SetShippingProfileMutation = { setShippingProfile: { sellerId: string } };

export type DashboardPageQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
  sellerId: string | number;
  sellerKind: SellerKind;
  after?: string | null | undefined;
  locale: string;
}>;


export type DashboardPageQuery = { seller: { vacationMode: boolean }, payoutAccount: { lastPayout: { status: string, failureMessage: string | null, updatedAt: string } | null } | null, myProducts: { totalCount: number, edges: Array<{ node: { id: string, title: string, state: ProductState, stock: number, price: { formatted: string } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SetVacationModeMutationVariables = Exact<{
  on: boolean;
  organisationId?: string | null | undefined;
}>;


export type SetVacationModeMutation = { setVacationMode: { vacationMode: boolean } };

export type DevMailAttachmentQueryVariables = Exact<{
  id: string | number;
  index: number;
}>;


export type DevMailAttachmentQuery = { devMailAttachment: string | null, devMail: { attachments: Array<{ index: number, filename: string, contentType: string }> } | null };

export type DevMailQueryVariables = Exact<{
  id: string | number;
}>;


export type DevMailQuery = { devMail: { id: string, from: string, to: string, subject: string, html: string, sentAt: string, attachments: Array<{ index: number, filename: string, size: number }> } | null };

export type DevMailboxQueryVariables = Exact<{ [key: string]: never; }>;


export type DevMailboxQuery = { devMailbox: Array<{ id: string, kind: string, to: string, subject: string, sentAt: string }> };

export type DividendStatementPdfQueryVariables = Exact<{
  allocationId: string | number;
  memberId: string | number;
}>;


export type DividendStatementPdfQuery = { dividendStatement: { fiscalYear: string, pdfBase64: string } };

export type MyMembershipIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMembershipIdsQuery = { myMemberships: Array<{ id: string, number: number, status: MemberStatus, memberClass: MemberClass }> };

export type MemberDividendsQueryVariables = Exact<{
  memberId: string | number;
  locale: string;
}>;


export type MemberDividendsQuery = { dividendPayoutChoice: { method: DividendPayoutMethod, iban: string | null, accountHolder: string | null, chosen: boolean }, dividendStatements: Array<{ allocationId: string, fiscalYear: string, state: DividendAllocationState, line: { weight: string, classWeight: string, rounding: number, payoutMethod: DividendPayoutMethod, classPool: { formatted: string }, amount: { formatted: string } } | null }> };

export type SetDividendPayoutChoiceMutationVariables = Exact<{
  input: SetPayoutChoiceInput;
}>;


export type SetDividendPayoutChoiceMutation = { setDividendPayoutChoice: { method: DividendPayoutMethod } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type HomePageQueryVariables = Exact<{
  locale: string;
}>;


export type HomePageQuery = { categories: Array<{ id: string, slug: string, parentId: string | null, name: string }>, searchProducts: { edges: Array<{ node: { id: string, title: string, fair: boolean, fairSeal: string | null, ecological: boolean, ecologicalSeal: string | null, smallAndPrecious: boolean, price: { formatted: string }, unitPrice: { per: string, price: { formatted: string } } | null, images: Array<{ url: string, srcset: string | null }> } }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type PackingSlipQueryVariables = Exact<{
  id: string | number;
}>;


export type PackingSlipQuery = { order: { id: string, number: number, createdAt: string, buyerName: string | null, shippingMethod: ShippingMethod, deliveryAddress: { name: string, street: string, postalCode: string, city: string, country: string, phone: string | null } | null, seller: { name: string }, lines: Array<{ id: string, title: string, quantity: number, productId: string }> } };

export type OrderPageQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type OrderPageQuery = { me: { id: string } | null, order: { id: string, number: number, state: OrderState, buyerId: string | null, checkoutId: string, createdAt: string, carrier: string | null, trackingCode: string | null, cancelReason: string | null, shippingMethod: ShippingMethod, buyerName: string | null, deliveryAddress: { name: string, street: string, postalCode: string, city: string, country: string, phone: string | null } | null, seller: { id: string, name: string, terms: string | null, withdrawalPolicy: string | null }, lines: Array<{ id: string, title: string, quantity: number, unitPrice: { formatted: string }, gross: { formatted: string } }>, itemsTotal: { formatted: string }, shipping: { formatted: string }, total: { currency: string, formatted: string }, refunded: { amount: number, formatted: string }, refundable: { amount: number, exponent: number, formatted: string }, fees: { platformFee: { formatted: string }, fairFund: { formatted: string }, donation: { amount: number, formatted: string }, vat: { formatted: string }, sellerPayout: { formatted: string }, payoutAfterRefunds: { formatted: string } }, refunds: Array<{ id: string, reason: RefundReason, note: string, amount: { formatted: string } }>, rating: { rating: SellerRatingValue, comment: string } | null } };

export type CancelOrderMutationVariables = Exact<{
  id: string | number;
  idempotencyKey: string;
}>;


export type CancelOrderMutation = { cancelOrder: { state: OrderState } };

export type ConfirmDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmDeliveryMutation = { confirmDelivery: { state: OrderState } };

export type RateSellerMutationVariables = Exact<{
  id: string | number;
  rating: SellerRatingValue;
  comment: string;
}>;


export type RateSellerMutation = { rateSeller: { rating: SellerRatingValue } };

export type MarkShippedMutationVariables = Exact<{
  id: string | number;
  carrier?: string | null | undefined;
  trackingCode?: string | null | undefined;
}>;


export type MarkShippedMutation = { markOrderShipped: { state: OrderState } };

export type RefundOrderMutationVariables = Exact<{
  id: string | number;
  input: RefundOrderInput;
}>;


export type RefundOrderMutation = { refundOrder: { state: OrderState } };

export type MyOrdersQueryVariables = Exact<{
  after?: string | null | undefined;
  locale: string;
}>;


export type MyOrdersQuery = { myOrders: { totalCount: number, edges: Array<{ node: { id: string, number: number, state: OrderState, createdAt: string, seller: { name: string }, total: { formatted: string } } }> } };

export type OrganisationLegalDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationLegalDetailsQuery = { me: { id: string } | null, organisation: { id: string, name: string, legalName: string | null, street: string | null, postalCode: string | null, city: string | null, country: string | null, vatId: string | null, imprint: string | null, terms: string | null, withdrawalPolicy: string | null, payoutAccount: string | null, staff: Array<{ accountId: string, role: OrganisationRole }> } };

export type UpdateLegalDetailsMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrganisationInput;
}>;


export type UpdateLegalDetailsMutation = { updateOrganisation: { id: string } };

export type OrganisationPageQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type OrganisationPageQuery = { organisation: { id: string, name: string, kind: OrganisationKind, legalName: string | null, street: string | null, postalCode: string | null, city: string | null, country: string | null, vatId: string | null, isVerified: boolean, legalDetailsComplete: boolean, missingLegalDetails: Array<string>, verificationRefusalReason: string | null, staff: Array<{ accountId: string, role: OrganisationRole }>, donationsReceived: Array<{ amount: number, formatted: string }> } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string } };

export type PolicyPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyPageQuery = { policyParameters: Array<{ key: string, type: PolicyParameterType, value: string, defaultValue: string, description: string }>, policyHistory: Array<{ id: string, key: string, value: string, validFrom: string, reason: string, setByName: string | null, proposalId: string | null }> };

export type ProductPageQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type ProductPageQuery = { product: { id: string, title: string, description: string, condition: ProductCondition, buyable: boolean, stock: number, originCountry: string | null, originRegion: string | null, fair: boolean, fairSeal: string | null, ecological: boolean, ecologicalSeal: string | null, smallAndPrecious: boolean, category: { slug: string, name: string } | null, images: Array<{ url: string, srcset: string | null, alt: string }>, price: { formatted: string }, unitPrice: { per: string, price: { formatted: string } } | null, priceBreakdown: { gross: { amount: number, formatted: string }, producerShare: { amount: number, formatted: string }, fairFund: { amount: number, formatted: string }, platformFee: { amount: number, formatted: string }, donation: { amount: number, formatted: string }, vat: { amount: number, formatted: string } }, donationOrganisation: { name: string } | null, seller: { id: string, kind: SellerKind, name: string, verified: boolean, vacationMode: boolean, ratings: { count: number, positiveShare: number | null, latestComments: Array<{ rating: SellerRatingValue, comment: string, createdAt: string }> } }, provenance: { traceable: boolean, stepCount: number, lotCount: number, transportKm: number, completeness: number, attestedSteps: number, certifiedSteps: number, lot: { code: string, custodyModel: CustodyModel }, origin: { occurredAt: string, place: { name: string, country: string }, actor: { name: string } } | null, certificates: Array<{ recordId: string, certifier: string, standard: string, certificateId: string, validTo: string, status: CertificateStatus }>, steps: Array<{ id: string, kind: ProvenanceRecordKind, occurredAt: string, description: string, correctedByRecordId: string | null, place: { name: string, country: string, latitude: number | null, longitude: number | null }, actor: { name: string }, transport: { mode: TransportMode, distanceKm: number | null, from: { name: string, latitude: number | null, longitude: number | null } } | null, certificates: Array<{ recordId: string, standard: string, status: CertificateStatus }>, attestations: Array<{ id: string, valid: boolean, statement: string, organisation: { name: string } }> }> } | null } };

export type BreakdownPartFragment = { amount: number, formatted: string };

export type ProposalPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ProposalPageQuery = { proposal: { id: string, number: number, title: string, kind: ProposalKind, state: ProposalState, outcome: ProposalOutcome | null, problemStatement: string, body: string, pollType: PollType, votingClosesAt: string | null, myReceipt: string | null, author: { memberId: string, name: string }, options: Array<{ id: string, label: string }>, policyChanges: Array<{ key: string, value: string }>, thread: Array<{ id: string, parentId: string | null, authorName: string, memberClass: MemberClass, body: string, createdAt: string }>, amendments: Array<{ version: number, summary: string, changes: Array<{ field: string, lines: Array<{ op: DiffOp, text: string }> }> }>, deliberationStatus: { participants: number, classes: Array<MemberClass>, missing: Array<VotingCondition> }, participation: { electorate: number, ballotsCast: number } | null, result: { outcome: ProposalOutcome, reason: string, electorate: number, ballotsCast: number, abstentions: number, quorumNeeded: number, winner: string | null, blockReasons: Array<string>, weights: Array<{ memberClass: MemberClass, voters: number, ballotWeight: string }>, totals: Array<{ key: string, label: string, ballots: number, percent: string }>, rounds: Array<{ eliminated: string | null, tieBreak: string | null, totals: Array<{ key: string, label: string, percent: string }> }> } | null, tasks: Array<{ id: string, title: string, dueOn: string, doneAt: string | null }>, reviews: Array<{ id: string, whatWorked: string, whatDidNot: string }> }, me: { id: string } | null };

export type GuestProposalPageQueryVariables = Exact<{
  id: string | number;
}>;


export type GuestProposalPageQuery = { proposal: { id: string } };

export type MyMemberIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMemberIdsQuery = { myMemberships: Array<{ id: string }> };

export type PublishProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishProposalMutation = { publishProposal: { state: ProposalState } };

export type PostInThreadMutationVariables = Exact<{
  input: PostInThreadInput;
}>;


export type PostInThreadMutation = { postInThread: { id: string } };

export type OpenVotingMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenVotingMutation = { openVoting: { state: ProposalState } };

export type CastBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;


export type CastBallotMutation = { castBallot: { receipt: string } };

export type AmendProposalMutationVariables = Exact<{
  input: AmendProposalInput;
}>;


export type AmendProposalMutation = { amendProposal: { version: number } };

export type ProposalParametersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalParametersQuery = { policyParameters: Array<{ key: string, type: PolicyParameterType, value: string, description: string }> };

export type CreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;


export type CreateProposalMutation = { createProposal: { id: string } };

export type ProposalsQueryVariables = Exact<{
  states?: Array<ProposalState> | ProposalState | null | undefined;
}>;


export type ProposalsQuery = { proposals: Array<{ id: string, number: number, title: string, kind: ProposalKind, state: ProposalState, outcome: ProposalOutcome | null, votingClosesAt: string | null, author: { name: string } }> };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { token: string, expiresAt: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type SearchPageQueryVariables = Exact<{
  locale: string;
  query?: string | null | undefined;
  filter?: ProductFilterInput | null | undefined;
  sort?: ProductSort | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchPageQuery = { categories: Array<{ slug: string, name: string }>, searchProducts: { totalCount: number, edges: Array<{ node: { id: string, title: string, fair: boolean, fairSeal: string | null, ecological: boolean, ecologicalSeal: string | null, smallAndPrecious: boolean, price: { formatted: string }, unitPrice: { per: string, price: { formatted: string } } | null, images: Array<{ url: string, srcset: string | null }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean }, facets: { categories: Array<{ value: string, count: number }>, fair: Array<{ value: string, count: number }>, ecological: Array<{ value: string, count: number }>, smallAndPrecious: Array<{ value: string, count: number }>, traceable: Array<{ value: string, count: number }>, condition: Array<{ value: string, count: number }>, originCountries: Array<{ value: string, count: number }>, priceBands: Array<{ value: string, count: number }> } } };

export type SellerPageQueryVariables = Exact<{
  id: string | number;
  kind: SellerKind;
  locale: string;
  after?: string | null | undefined;
}>;


export type SellerPageQuery = { seller: { id: string, kind: SellerKind, name: string, verified: boolean, commercial: boolean, isNgo: boolean, vacationMode: boolean, ratings: { count: number, positiveShare: number | null, latestComments: Array<{ rating: SellerRatingValue, comment: string, createdAt: string }> }, products: { totalCount: number, edges: Array<{ node: { id: string, title: string, fair: boolean, fairSeal: string | null, ecological: boolean, ecologicalSeal: string | null, smallAndPrecious: boolean, price: { formatted: string }, unitPrice: { per: string, price: { formatted: string } } | null, images: Array<{ url: string, srcset: string | null }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } };

export type StaffAccountsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type StaffAccountsQuery = { staffAccounts: { totalCount: number, edges: Array<{ node: { id: string, email: string, displayName: string, platformRole: PlatformRole, emailConfirmedAt: string | null, suspendedAt: string | null, suspendedReason: string | null } }> } };

export type StaffSuspendAccountMutationVariables = Exact<{
  id: string | number;
  input: StaffReasonInput;
}>;


export type StaffSuspendAccountMutation = { suspendAccount: { id: string, displayName: string } };

export type StaffReinstateAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffReinstateAccountMutation = { reinstateAccount: { id: string, displayName: string } };

export type StaffAuditEventsQueryVariables = Exact<{
  action?: string | null | undefined;
  subjectId?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffAuditEventsQuery = { auditEvents: { edges: Array<{ node: { id: string, occurredAt: string, action: string, actorAccountId: string | null, subjectType: string | null, subjectId: string | null, clientAddress: string | null, details: unknown } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StaffCategoriesQueryVariables = Exact<{
  locale: string;
}>;


export type StaffCategoriesQuery = { categories: Array<{ id: string, slug: string, parentId: string | null, name: string }> };

export type StaffCreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
  locale: string;
}>;


export type StaffCreateCategoryMutation = { createCategory: { id: string, name: string } };

export type DividendReportCsvQueryVariables = Exact<{
  id: string | number;
}>;


export type DividendReportCsvQuery = { dividendReportCsv: string };

export type DividendSepaFileQueryVariables = Exact<{
  id: string | number;
}>;


export type DividendSepaFileQuery = { dividendSepaFile: { fileName: string, xml: string } };

export type DividendBoardQueryVariables = Exact<{
  locale: string;
}>;


export type DividendBoardQuery = { fiscalYears: Array<{ id: string, label: string, state: FiscalYearState, startsAt: string, endsAt: string, figures: { revenue: { formatted: string }, costs: { formatted: string }, surplus: { formatted: string } }, costs: Array<{ id: string, description: string, documentReference: string, amount: { formatted: string } }>, allocation: { id: string, state: DividendAllocationState, digest: string, runs: number, nothingToAllocate: boolean, proposalId: string | null, sepaExecutedAt: string | null, surplus: { formatted: string }, reserve: { formatted: string }, investorPool: { formatted: string }, patronagePool: { formatted: string }, classes: Array<{ memberClass: MemberClass, tier: DividendTier, members: number, totalWeight: string, pool: { formatted: string }, allocated: { formatted: string } }> } | null }> };

export type CreateFiscalYearMutationVariables = Exact<{
  input: CreateFiscalYearInput;
}>;


export type CreateFiscalYearMutation = { createFiscalYear: { id: string } };

export type AddFiscalCostMutationVariables = Exact<{
  input: AddFiscalCostInput;
}>;


export type AddFiscalCostMutation = { addFiscalCost: { id: string } };

export type CloseFiscalYearMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseFiscalYearMutation = { closeFiscalYear: { id: string } };

export type RunDividendAllocationMutationVariables = Exact<{
  id: string | number;
}>;


export type RunDividendAllocationMutation = { runDividendAllocation: { id: string } };

export type ProposeDividendAllocationMutationVariables = Exact<{
  id: string | number;
}>;


export type ProposeDividendAllocationMutation = { proposeDividendAllocation: { id: string } };

export type PayOutDividendsMutationVariables = Exact<{
  id: string | number;
}>;


export type PayOutDividendsMutation = { payOutDividends: { id: string } };

export type MarkDividendSepaExecutedMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkDividendSepaExecutedMutation = { markDividendSepaExecuted: { id: string } };

export type StaffMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMembersQuery = { members: Array<{ id: string, number: number, name: string, memberClass: MemberClass, status: MemberStatus, shares: number }> };

export type SuspendMemberMutationVariables = Exact<{
  memberId: string | number;
  reason: string;
}>;


export type SuspendMemberMutation = { suspendMember: { status: MemberStatus } };

export type ReinstateMemberMutationVariables = Exact<{
  memberId: string | number;
  reason: string;
}>;


export type ReinstateMemberMutation = { reinstateMember: { status: MemberStatus } };

export type VerificationQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type VerificationQueueQuery = { verificationQueue: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: OrganisationKind, legalName: string | null, street: string | null, postalCode: string | null, city: string | null, country: string | null, vatId: string | null, imprint: string | null, createdAt: string, missingLegalDetails: Array<string>, verificationRefusedAt: string | null, verificationRefusalReason: string | null } }> } };

export type StaffVerifyOrganisationMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffVerifyOrganisationMutation = { verifyOrganisation: { id: string, name: string } };

export type StaffRefuseVerificationMutationVariables = Exact<{
  id: string | number;
  input: StaffReasonInput;
}>;


export type StaffRefuseVerificationMutation = { refuseVerification: { id: string, name: string } };

export type TradeStatisticsPageQueryVariables = Exact<{
  locale: string;
}>;


export type TradeStatisticsPageQuery = { coopTradeStatistics: { currency: string, coopShare: number | null, total: { trades: number, volume: { formatted: string } | null }, byMonth: Array<{ key: string, trades: number, volume: { amount: number, formatted: string } | null }>, byCategory: Array<{ key: string, trades: number, volume: { amount: number, formatted: string } | null }>, byCountryPair: Array<{ key: string, trades: number, volume: { amount: number, formatted: string } | null }> }, categories: Array<{ id: string, name: string }> };

export type InvoicePdfQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoicePdfQuery = { wholesaleInvoice: { number: number, pdfBase64: string, seller: { name: string } } };

export type InvoiceXmlQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceXmlQuery = { wholesaleInvoice: { number: number, xrechnungXml: string, seller: { name: string } } };

export type NegotiationPageQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type NegotiationPageQuery = { wholesaleNegotiation: { id: string, state: NegotiationState, round: number, expiresAt: string, buyerOrganisationId: string, sellerOrganisationId: string, buyer: { name: string }, seller: { name: string }, offer: { id: string, title: string, unit: string, currency: string }, onTable: { id: string, side: DealSide, round: number, quantity: number, deliveryDate: string, validUntil: string, unitPrice: { amount: number, currency: string, formatted: string }, total: { formatted: string } }, proposals: Array<{ id: string, side: DealSide, round: number, quantity: number, deliveryDate: string, createdAt: string, unitPrice: { formatted: string }, total: { formatted: string } }>, messages: Array<{ id: string, side: DealSide, body: string, createdAt: string }>, purchaseOrder: { id: string } | null } };

export type ProposeTermsMutationVariables = Exact<{
  id: string | number;
  input: ProposalInput;
}>;


export type ProposeTermsMutation = { proposeWholesaleTerms: { id: string } };

export type AcceptProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptProposalMutation = { acceptWholesaleProposal: { id: string } };

export type DeclineProposalMutationVariables = Exact<{
  id: string | number;
  message: string;
}>;


export type DeclineProposalMutation = { declineWholesaleProposal: { id: string } };

export type WithdrawProposalMutationVariables = Exact<{
  id: string | number;
  message: string;
}>;


export type WithdrawProposalMutation = { withdrawWholesaleProposal: { id: string } };

export type SendTradeMessageMutationVariables = Exact<{
  id: string | number;
  message: string;
}>;


export type SendTradeMessageMutation = { sendWholesaleMessage: { id: string } };

export type WholesaleOfferPageQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type WholesaleOfferPageQuery = { wholesaleOffer: { id: string, title: string, description: string, unit: string, currency: string, state: WholesaleOfferState, availableQuantity: number, minimumQuantity: number, incoterm: Incoterm, incotermPlace: string, leadTimeDays: number, paymentNetDays: number, skontoBp: number, skontoDays: number, vatRateBp: number, validUntil: string, sellerOrganisationId: string, seller: { name: string, country: string | null }, tiers: Array<{ minQuantity: number, unitPrice: { formatted: string } }> } };

export type RequestQuoteMutationVariables = Exact<{
  input: RequestQuoteInput;
}>;


export type RequestQuoteMutation = { requestWholesaleQuote: { id: string } };

export type OfferProductsQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OfferProductsQuery = { myProducts: { edges: Array<{ node: { id: string, title: string, categoryId: string | null } }> }, wholesaleOffers: { totalCount: number } };

export type PublishOfferMutationVariables = Exact<{
  input: PublishOfferInput;
}>;


export type PublishOfferMutation = { publishWholesaleOffer: { id: string } };

export type PurchaseOrderPageQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type PurchaseOrderPageQuery = { wholesalePurchaseOrder: { id: string, state: PurchaseOrderState, quantity: number, deliveredQuantity: number, deliveryDate: string, createdAt: string, sellerOrganisationId: string, buyerOrganisationId: string, seller: { name: string }, buyer: { name: string }, offer: { id: string, title: string, unit: string, currency: string, incoterm: Incoterm, incotermPlace: string }, unitPrice: { formatted: string }, netTotal: { formatted: string }, deliveries: Array<{ id: string, position: number, quantity: number, note: string, deliveredAt: string, custodyRecordId: string | null }>, invoices: Array<{ id: string, number: number, state: WholesaleInvoiceState, dueDate: string, skontoUntil: string, skontoBp: number, reverseCharge: boolean, net: { formatted: string }, vat: { formatted: string }, gross: { formatted: string }, paid: { formatted: string }, amountDueToday: { amount: number, currency: string, formatted: string }, payments: Array<{ id: string, method: InvoicePaymentMethod, paidOn: string, reference: string, amount: { formatted: string } }> }> }, paymentConfig: { testMode: boolean, publishableKey: string | null } };

export type RecordDeliveryMutationVariables = Exact<{
  id: string | number;
  input: RecordDeliveryInput;
}>;


export type RecordDeliveryMutation = { recordWholesaleDelivery: { id: string } };

export type MarkInvoicePaidMutationVariables = Exact<{
  id: string | number;
  input: MarkInvoicePaidInput;
}>;


export type MarkInvoicePaidMutation = { markWholesaleInvoicePaid: { id: string } };

export type PayInvoiceOnlineMutationVariables = Exact<{
  id: string | number;
  key: string;
}>;


export type PayInvoiceOnlineMutation = { payWholesaleInvoiceOnline: { state: WholesaleOnlinePaymentState, clientSecret: string | null } };

export type PayInvoiceOfflineMutationVariables = Exact<{
  id: string | number;
  key: string;
}>;


export type PayInvoiceOfflineMutation = { payWholesaleInvoiceOffline: { state: WholesaleOnlinePaymentState } };

export type TradeDeskQueryVariables = Exact<{
  organisationId: string | number;
  filter: WholesaleOfferFilter;
  locale: string;
}>;


export type TradeDeskQuery = { wholesaleOffers: { totalCount: number, edges: Array<{ node: { id: string, title: string, unit: string, availableQuantity: number, minimumQuantity: number, incoterm: Incoterm, incotermPlace: string, validUntil: string, sellerOrganisationId: string, seller: { name: string, country: string | null }, tiers: Array<{ minQuantity: number, unitPrice: { formatted: string } }> } }> }, wholesaleNegotiations: { edges: Array<{ node: { id: string, state: NegotiationState, round: number, updatedAt: string, sellerOrganisationId: string, offer: { title: string, unit: string }, buyer: { name: string }, seller: { name: string }, onTable: { quantity: number, unitPrice: { formatted: string } } } }> }, wholesalePurchaseOrders: { edges: Array<{ node: { id: string, state: PurchaseOrderState, quantity: number, deliveredQuantity: number, createdAt: string, sellerOrganisationId: string, offer: { title: string, unit: string }, buyer: { name: string }, seller: { name: string }, netTotal: { formatted: string } } }> }, wholesaleInvoices: { edges: Array<{ node: { id: string, number: number, state: WholesaleInvoiceState, dueDate: string, purchaseOrderId: string, sellerOrganisationId: string, seller: { name: string }, buyer: { name: string }, gross: { formatted: string } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProductCardFragmentDoc = new TypedDocumentString(`
    fragment ProductCard on Product {
  id
  title
  fair
  fairSeal
  ecological
  ecologicalSeal
  smallAndPrecious
  price {
    formatted(locale: $locale)
  }
  unitPrice {
    per
    price {
      formatted(locale: $locale)
    }
  }
  images {
    url
    srcset
  }
}
    `, {"fragmentName":"ProductCard"}) as unknown as TypedDocumentString<ProductCardFragment, unknown>;
export const ProvenanceTimelineFragmentDoc = new TypedDocumentString(`
    fragment ProvenanceTimeline on ProvenanceSummary {
  traceable
  stepCount
  lotCount
  transportKm
  completeness
  attestedSteps
  certifiedSteps
  lot {
    code
    custodyModel
  }
  origin {
    occurredAt
    place {
      name
      country
    }
    actor {
      name
    }
  }
  certificates {
    recordId
    certifier
    standard
    certificateId
    validTo
    status
  }
  steps {
    id
    kind
    occurredAt
    description
    correctedByRecordId
    place {
      name
      country
      latitude
      longitude
    }
    actor {
      name
    }
    transport {
      mode
      distanceKm
      from {
        name
        latitude
        longitude
      }
    }
    certificates {
      recordId
      standard
      status
    }
    attestations {
      id
      valid
      statement
      organisation {
        name
      }
    }
  }
}
    `, {"fragmentName":"ProvenanceTimeline"}) as unknown as TypedDocumentString<ProvenanceTimelineFragment, unknown>;
export const SellerRatingsFragmentDoc = new TypedDocumentString(`
    fragment SellerRatings on SellerRatingSummary {
  count
  positiveShare
  latestComments {
    rating
    comment
    createdAt
  }
}
    `, {"fragmentName":"SellerRatings"}) as unknown as TypedDocumentString<SellerRatingsFragment, unknown>;
export const BreakdownPartFragmentDoc = new TypedDocumentString(`
    fragment BreakdownPart on Money {
  amount
  formatted(locale: $locale)
}
    `, {"fragmentName":"BreakdownPart"}) as unknown as TypedDocumentString<BreakdownPartFragment, unknown>;
export const MergeCartDocument = new TypedDocumentString(`
    mutation MergeCart($cartToken: String!) {
  mergeCart(cartToken: $cartToken) {
    itemCount
  }
}
    `) as unknown as TypedDocumentString<MergeCartMutation, MergeCartMutationVariables>;
export const CheckoutCartDocument = new TypedDocumentString(`
    query CheckoutCart($cartToken: String, $locale: String!) {
  countries {
    code
  }
  me {
    id
    email
    displayName
  }
  cart(cartToken: $cartToken) {
    itemCount
    destinationCountry
    contactEmail
    deliveryAddress {
      name
      street
      postalCode
      city
      country
      phone
    }
    itemsTotal {
      formatted(locale: $locale)
    }
    shippingTotal {
      formatted(locale: $locale)
    }
    total {
      formatted(locale: $locale)
    }
    groups {
      sellerId
      sellerName
      deliveryZone
      shippingMethod
      delivery {
        amount {
          formatted(locale: $locale)
        }
      }
      pickup {
        amount {
          formatted(locale: $locale)
        }
      }
      shipping {
        formatted(locale: $locale)
      }
      itemsTotal {
        formatted(locale: $locale)
      }
      total {
        formatted(locale: $locale)
      }
      lines {
        quantity
        problem
        lineTotal {
          formatted(locale: $locale)
        }
        product {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CheckoutCartQuery, CheckoutCartQueryVariables>;
export const MyOrganisationsDocument = new TypedDocumentString(`
    query MyOrganisations {
  me {
    id
    memberships {
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyOrganisationsQuery, MyOrganisationsQueryVariables>;
export const ClaimGuestCheckoutDocument = new TypedDocumentString(`
    mutation ClaimGuestCheckout($checkoutId: ID!, $accessToken: String!) {
  claimGuestCheckout(checkoutId: $checkoutId, accessToken: $accessToken) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimGuestCheckoutMutation, ClaimGuestCheckoutMutationVariables>;
export const ArrangeProductPhotosDocument = new TypedDocumentString(`
    mutation ArrangeProductPhotos($productId: ID!, $input: ArrangePhotosInput!) {
  arrangeProductPhotos(productId: $productId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ArrangeProductPhotosMutation, ArrangeProductPhotosMutationVariables>;
export const StaffViewerDocument = new TypedDocumentString(`
    query StaffViewer {
  me {
    id
    platformRole
  }
}
    `) as unknown as TypedDocumentString<StaffViewerQuery, StaffViewerQueryVariables>;
export const CartCountDocument = new TypedDocumentString(`
    query CartCount($cartToken: String) {
  cart(cartToken: $cartToken) {
    itemCount
  }
}
    `) as unknown as TypedDocumentString<CartCountQuery, CartCountQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    displayName
    platformRole
    emailConfirmedAt
    locale
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SetMailLanguageDocument = new TypedDocumentString(`
    mutation SetMailLanguage($locale: String!) {
  setMailLanguage(input: {locale: $locale}) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetMailLanguageMutation, SetMailLanguageMutationVariables>;
export const DevMailboxEnabledDocument = new TypedDocumentString(`
    query DevMailboxEnabled {
  devMailboxEnabled
}
    `) as unknown as TypedDocumentString<DevMailboxEnabledQuery, DevMailboxEnabledQueryVariables>;
export const AddressBookDocument = new TypedDocumentString(`
    query AddressBook {
  countries {
    code
  }
  myAddresses {
    id
    name
    street
    postalCode
    city
    country
    phone
    isDefault
  }
}
    `) as unknown as TypedDocumentString<AddressBookQuery, AddressBookQueryVariables>;
export const SaveAddressDocument = new TypedDocumentString(`
    mutation SaveAddress($input: AddressInput!) {
  saveAddress(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveAddressMutation, SaveAddressMutationVariables>;
export const SetDefaultAddressDocument = new TypedDocumentString(`
    mutation SetDefaultAddress($id: ID!) {
  setDefaultAddress(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetDefaultAddressMutation, SetDefaultAddressMutationVariables>;
export const DeleteAddressDocument = new TypedDocumentString(`
    mutation DeleteAddress($id: ID!) {
  deleteAddress(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteAddressMutation, DeleteAddressMutationVariables>;
export const CartPageDocument = new TypedDocumentString(`
    query CartPage($cartToken: String, $locale: String!) {
  countries {
    code
  }
  cart(cartToken: $cartToken) {
    itemCount
    destinationCountry
    itemsTotal {
      formatted(locale: $locale)
    }
    shippingTotal {
      formatted(locale: $locale)
    }
    total {
      formatted(locale: $locale)
    }
    groups {
      sellerId
      sellerName
      shippingMethod
      delivery {
        amount {
          formatted(locale: $locale)
        }
      }
      pickup {
        amount {
          formatted(locale: $locale)
        }
      }
      shipping {
        formatted(locale: $locale)
      }
      itemsTotal {
        formatted(locale: $locale)
      }
      total {
        formatted(locale: $locale)
      }
      lines {
        quantity
        shipsToDestination
        problem
        lineTotal {
          formatted(locale: $locale)
        }
        product {
          id
          title
          stock
          price {
            formatted(locale: $locale)
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CartPageQuery, CartPageQueryVariables>;
export const AddToCartDocument = new TypedDocumentString(`
    mutation AddToCart($productId: ID!, $quantity: Int!, $cartToken: String) {
  addToCart(productId: $productId, quantity: $quantity, cartToken: $cartToken) {
    token
    itemCount
  }
}
    `) as unknown as TypedDocumentString<AddToCartMutation, AddToCartMutationVariables>;
export const SetCartQuantityDocument = new TypedDocumentString(`
    mutation SetCartQuantity($productId: ID!, $quantity: Int!, $cartToken: String) {
  setCartItemQuantity(
    productId: $productId
    quantity: $quantity
    cartToken: $cartToken
  ) {
    itemCount
  }
}
    `) as unknown as TypedDocumentString<SetCartQuantityMutation, SetCartQuantityMutationVariables>;
export const SetCartDestinationDocument = new TypedDocumentString(`
    mutation SetCartDestination($country: String!, $cartToken: String) {
  setCartDestination(country: $country, cartToken: $cartToken) {
    itemCount
  }
}
    `) as unknown as TypedDocumentString<SetCartDestinationMutation, SetCartDestinationMutationVariables>;
export const ChooseShippingDocument = new TypedDocumentString(`
    mutation ChooseShipping($sellerId: ID!, $method: ShippingMethod!, $cartToken: String) {
  chooseShipping(sellerId: $sellerId, method: $method, cartToken: $cartToken) {
    itemCount
  }
}
    `) as unknown as TypedDocumentString<ChooseShippingMutation, ChooseShippingMutationVariables>;
export const CheckoutPageDocument = new TypedDocumentString(`
    query CheckoutPage($id: ID!, $accessToken: String, $locale: String!) {
  paymentConfig {
    provider
    publishableKey
  }
  me {
    id
  }
  myCheckout(id: $id, accessToken: $accessToken) {
    id
    state
    expiresAt
    clientSecret
    paymentError
    total {
      formatted(locale: $locale)
    }
    accessToken
    orders {
      id
      number
      state
      buyerName
      shippingMethod
      deliveryAddress {
        name
        street
        postalCode
        city
        country
        phone
      }
      seller {
        name
        terms
        withdrawalPolicy
      }
      itemsTotal {
        formatted(locale: $locale)
      }
      shipping {
        formatted(locale: $locale)
      }
      total {
        formatted(locale: $locale)
      }
      lines {
        id
        title
        quantity
        gross {
          formatted(locale: $locale)
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CheckoutPageQuery, CheckoutPageQueryVariables>;
export const PayOfflineDocument = new TypedDocumentString(`
    mutation PayOffline($checkoutId: ID!, $accessToken: String) {
  payCheckoutOffline(checkoutId: $checkoutId, accessToken: $accessToken) {
    state
  }
}
    `) as unknown as TypedDocumentString<PayOfflineMutation, PayOfflineMutationVariables>;
export const CheckoutAddressesDocument = new TypedDocumentString(`
    query CheckoutAddresses {
  myAddresses {
    id
    name
    street
    postalCode
    city
    country
    phone
    isDefault
  }
}
    `) as unknown as TypedDocumentString<CheckoutAddressesQuery, CheckoutAddressesQueryVariables>;
export const SetDeliveryAddressDocument = new TypedDocumentString(`
    mutation SetDeliveryAddress($cartToken: String, $addressId: ID, $address: PostalAddressInput, $email: String, $locale: String, $saveToAddressBook: Boolean) {
  setDeliveryAddress(
    cartToken: $cartToken
    addressId: $addressId
    address: $address
    email: $email
    locale: $locale
    saveToAddressBook: $saveToAddressBook
  ) {
    itemCount
  }
}
    `) as unknown as TypedDocumentString<SetDeliveryAddressMutation, SetDeliveryAddressMutationVariables>;
export const CheckoutDocument = new TypedDocumentString(`
    mutation Checkout($idempotencyKey: String!, $cartToken: String) {
  checkout(idempotencyKey: $idempotencyKey, cartToken: $cartToken) {
    id
    accessToken
  }
}
    `) as unknown as TypedDocumentString<CheckoutMutation, CheckoutMutationVariables>;
export const CheckoutChooseShippingDocument = new TypedDocumentString(`
    mutation CheckoutChooseShipping($sellerId: ID!, $method: ShippingMethod!, $cartToken: String) {
  chooseShipping(sellerId: $sellerId, method: $method, cartToken: $cartToken) {
    itemCount
  }
}
    `) as unknown as TypedDocumentString<CheckoutChooseShippingMutation, CheckoutChooseShippingMutationVariables>;
export const ConfirmEmailDocument = new TypedDocumentString(`
    mutation ConfirmEmail($input: ConfirmEmailInput!) {
  confirmEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConfirmEmailMutation, ConfirmEmailMutationVariables>;
export const ResendEmailConfirmationDocument = new TypedDocumentString(`
    mutation ResendEmailConfirmation {
  resendEmailConfirmation
}
    `) as unknown as TypedDocumentString<ResendEmailConfirmationMutation, ResendEmailConfirmationMutationVariables>;
export const MembershipTermsDocument = new TypedDocumentString(`
    query MembershipTerms($locale: String!) {
  membershipTerms {
    sharePrice {
      amount
      formatted(locale: $locale)
    }
    minimums {
      memberClass
      shares
    }
    noticeDays
  }
}
    `) as unknown as TypedDocumentString<MembershipTermsQuery, MembershipTermsQueryVariables>;
export const MyMembershipsDocument = new TypedDocumentString(`
    query MyMemberships($locale: String!) {
  myMemberships {
    id
    number
    memberClass
    status
    goodStanding
    shares
    leavesAt
    capital {
      formatted(locale: $locale)
    }
    purchases {
      id
      status
      amount {
        formatted(locale: $locale)
      }
    }
    register {
      id
      movement
      shares
      counterpartyNumber
      recordedAt
    }
    standingHistory {
      toStatus
      reason
      createdAt
    }
  }
  myNotifications {
    id
    kind
    proposalId
    proposalTitle
    read
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MyMembershipsQuery, MyMembershipsQueryVariables>;
export const JoinCoopDocument = new TypedDocumentString(`
    mutation JoinCoop($input: JoinCoopInput!) {
  joinCoop(input: $input) {
    purchase {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<JoinCoopMutation, JoinCoopMutationVariables>;
export const PaySharesOfflineDocument = new TypedDocumentString(`
    mutation PaySharesOffline($id: ID!) {
  paySharesOffline(purchaseId: $id) {
    member {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PaySharesOfflineMutation, PaySharesOfflineMutationVariables>;
export const GiveMembershipNoticeDocument = new TypedDocumentString(`
    mutation GiveMembershipNotice($id: ID!) {
  giveMembershipNotice(memberId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<GiveMembershipNoticeMutation, GiveMembershipNoticeMutationVariables>;
export const TransferSharesDocument = new TypedDocumentString(`
    mutation TransferShares($input: TransferSharesInput!, $locale: String!) {
  transferShares(input: $input) {
    shares
    toMemberNumber
    capital {
      formatted(locale: $locale)
    }
  }
}
    `) as unknown as TypedDocumentString<TransferSharesMutation, TransferSharesMutationVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead {
  markNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const SellerOrdersDocument = new TypedDocumentString(`
    query SellerOrders($organisationId: ID, $after: String, $locale: String!) {
  sellerOrders(organisationId: $organisationId, first: 50, after: $after) {
    totalCount
    edges {
      node {
        id
        number
        state
        createdAt
        buyerName
        shippingMethod
        deliveryAddress {
          name
          street
          postalCode
          city
          country
          phone
        }
        total {
          formatted(locale: $locale)
        }
        refunded {
          amount
          formatted(locale: $locale)
        }
        fees {
          platformFee {
            formatted(locale: $locale)
          }
          fairFund {
            formatted(locale: $locale)
          }
          sellerPayout {
            formatted(locale: $locale)
          }
          payoutAfterRefunds {
            formatted(locale: $locale)
          }
        }
        lines {
          id
          title
          quantity
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<SellerOrdersQuery, SellerOrdersQueryVariables>;
export const ProductEditPageDocument = new TypedDocumentString(`
    query ProductEditPage($id: ID!, $locale: String!) {
  categories {
    id
    name(locale: $locale)
  }
  product(id: $id) {
    id
    title
    description
    sku
    categoryId
    price {
      amount
      currency
    }
    vatRateBp
    stock
    condition
    fair
    fairSeal
    ecological
    ecologicalSeal
    smallAndPrecious
    originCountry
    originRegion
    unitQuantity
    unit
    images {
      id
      url
      srcset
      alt
    }
    state
  }
}
    `) as unknown as TypedDocumentString<ProductEditPageQuery, ProductEditPageQueryVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($id: ID!, $input: ProductFieldsInput!) {
  updateProduct(id: $id, input: $input) {
    sellerId
    sellerKind
  }
}
    `) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const ActivateProductDocument = new TypedDocumentString(`
    mutation ActivateProduct($id: ID!) {
  activateProduct(id: $id) {
    sellerId
    sellerKind
  }
}
    `) as unknown as TypedDocumentString<ActivateProductMutation, ActivateProductMutationVariables>;
export const CloseProductDocument = new TypedDocumentString(`
    mutation CloseProduct($id: ID!) {
  closeProduct(id: $id) {
    sellerId
    sellerKind
  }
}
    `) as unknown as TypedDocumentString<CloseProductMutation, CloseProductMutationVariables>;
export const ProductFormCategoriesDocument = new TypedDocumentString(`
    query ProductFormCategories($locale: String!) {
  categories {
    id
    name(locale: $locale)
  }
}
    `) as unknown as TypedDocumentString<ProductFormCategoriesQuery, ProductFormCategoriesQueryVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const ProvenanceLotPageDocument = new TypedDocumentString(`
    query ProvenanceLotPage($id: ID!, $organisationId: ID!) {
  provenanceLot(id: $id) {
    id
    code
    name
    custodyModel
    traceable
    recordCount
    custodianOrganisationId
    custodian {
      name
    }
    records(first: 100) {
      edges {
        node {
          id
          position
          kind
          occurredAt
          description
          actorOrganisationId
          actor {
            name
          }
          place {
            name
            country
          }
          certification {
            standard
            certificateId
            status
          }
          attestations {
            id
            organisationId
            valid
            statement
            organisation {
              name
            }
          }
        }
      }
    }
  }
  myProducts(organisationId: $organisationId, first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
  organisations(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceLotPageQuery, ProvenanceLotPageQueryVariables>;
export const AppendProvenanceRecordDocument = new TypedDocumentString(`
    mutation AppendProvenanceRecord($lotId: ID!, $input: AppendRecordInput!) {
  appendProvenanceRecord(lotId: $lotId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AppendProvenanceRecordMutation, AppendProvenanceRecordMutationVariables>;
export const AttestProvenanceRecordDocument = new TypedDocumentString(`
    mutation AttestProvenanceRecord($recordId: ID!, $organisationId: ID!, $statement: String!) {
  attestProvenanceRecord(
    recordId: $recordId
    organisationId: $organisationId
    statement: $statement
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AttestProvenanceRecordMutation, AttestProvenanceRecordMutationVariables>;
export const LinkLotToProductDocument = new TypedDocumentString(`
    mutation LinkLotToProduct($lotId: ID!, $productId: ID!) {
  linkLotToProduct(lotId: $lotId, productId: $productId) {
    id
  }
}
    `) as unknown as TypedDocumentString<LinkLotToProductMutation, LinkLotToProductMutationVariables>;
export const ProvenanceLotsPageDocument = new TypedDocumentString(`
    query ProvenanceLotsPage($organisationId: ID!) {
  provenanceLots(organisationId: $organisationId, first: 100) {
    totalCount
    edges {
      node {
        id
        code
        name
        custodyModel
        recordCount
        traceable
        custodian {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceLotsPageQuery, ProvenanceLotsPageQueryVariables>;
export const CreateProvenanceLotDocument = new TypedDocumentString(`
    mutation CreateProvenanceLot($input: CreateLotInput!) {
  createProvenanceLot(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProvenanceLotMutation, CreateProvenanceLotMutationVariables>;
export const ShippingPageDocument = new TypedDocumentString(`
    query ShippingPage($organisationId: ID) {
  countries {
    code
  }
  myShippingProfile(organisationId: $organisationId) {
    originCountry
    rates {
      zone
      itemPrice {
        amount
      }
      combinedParcelPrice {
        amount
      }
      combinedItemsPerParcel
      freeShippingThreshold {
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShippingPageQuery, ShippingPageQueryVariables>;
export const SetShippingProfileDocument = new TypedDocumentString(`
    mutation SetShippingProfile($input: ShippingProfileInput!) {
  setShippingProfile(input: $input) {
    sellerId
  }
}
    `) as unknown as TypedDocumentString<SetShippingProfileMutation, SetShippingProfileMutationVariables>;
export const DashboardPageDocument = new TypedDocumentString(`
    query DashboardPage($organisationId: ID, $sellerId: ID!, $sellerKind: SellerKind!, $after: String, $locale: String!) {
  seller(id: $sellerId, kind: $sellerKind) {
    vacationMode
  }
  payoutAccount(organisationId: $organisationId) {
    lastPayout {
      status
      failureMessage
      updatedAt
    }
  }
  myProducts(organisationId: $organisationId, first: 50, after: $after) {
    totalCount
    edges {
      node {
        id
        title
        state
        stock
        price {
          formatted(locale: $locale)
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPageQuery, DashboardPageQueryVariables>;
export const SetVacationModeDocument = new TypedDocumentString(`
    mutation SetVacationMode($on: Boolean!, $organisationId: String) {
  setVacationMode(on: $on, organisationId: $organisationId) {
    vacationMode
  }
}
    `) as unknown as TypedDocumentString<SetVacationModeMutation, SetVacationModeMutationVariables>;
export const DevMailAttachmentDocument = new TypedDocumentString(`
    query DevMailAttachment($id: ID!, $index: Int!) {
  devMail(id: $id) {
    attachments {
      index
      filename
      contentType
    }
  }
  devMailAttachment(id: $id, index: $index)
}
    `) as unknown as TypedDocumentString<DevMailAttachmentQuery, DevMailAttachmentQueryVariables>;
export const DevMailDocument = new TypedDocumentString(`
    query DevMail($id: ID!) {
  devMail(id: $id) {
    id
    from
    to
    subject
    html
    sentAt
    attachments {
      index
      filename
      size
    }
  }
}
    `) as unknown as TypedDocumentString<DevMailQuery, DevMailQueryVariables>;
export const DevMailboxDocument = new TypedDocumentString(`
    query DevMailbox {
  devMailbox(first: 200) {
    id
    kind
    to
    subject
    sentAt
  }
}
    `) as unknown as TypedDocumentString<DevMailboxQuery, DevMailboxQueryVariables>;
export const DividendStatementPdfDocument = new TypedDocumentString(`
    query DividendStatementPdf($allocationId: ID!, $memberId: ID!) {
  dividendStatement(allocationId: $allocationId, memberId: $memberId) {
    fiscalYear
    pdfBase64
  }
}
    `) as unknown as TypedDocumentString<DividendStatementPdfQuery, DividendStatementPdfQueryVariables>;
export const MyMembershipIdsDocument = new TypedDocumentString(`
    query MyMembershipIds {
  myMemberships {
    id
    number
    status
    memberClass
  }
}
    `) as unknown as TypedDocumentString<MyMembershipIdsQuery, MyMembershipIdsQueryVariables>;
export const MemberDividendsDocument = new TypedDocumentString(`
    query MemberDividends($memberId: ID!, $locale: String!) {
  dividendPayoutChoice(memberId: $memberId) {
    method
    iban
    accountHolder
    chosen
  }
  dividendStatements(memberId: $memberId) {
    allocationId
    fiscalYear
    state
    line {
      weight
      classWeight
      rounding
      classPool {
        formatted(locale: $locale)
      }
      amount {
        formatted(locale: $locale)
      }
      payoutMethod
    }
  }
}
    `) as unknown as TypedDocumentString<MemberDividendsQuery, MemberDividendsQueryVariables>;
export const SetDividendPayoutChoiceDocument = new TypedDocumentString(`
    mutation SetDividendPayoutChoice($input: SetPayoutChoiceInput!) {
  setDividendPayoutChoice(input: $input) {
    method
  }
}
    `) as unknown as TypedDocumentString<SetDividendPayoutChoiceMutation, SetDividendPayoutChoiceMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage($locale: String!) {
  categories {
    id
    slug
    parentId
    name(locale: $locale)
  }
  searchProducts(filter: {fair: true}, sort: NEWEST, first: 8) {
    edges {
      node {
        ...ProductCard
      }
    }
  }
}
    fragment ProductCard on Product {
  id
  title
  fair
  fairSeal
  ecological
  ecologicalSeal
  smallAndPrecious
  price {
    formatted(locale: $locale)
  }
  unitPrice {
    per
    price {
      formatted(locale: $locale)
    }
  }
  images {
    url
    srcset
  }
}`) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    token
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const PackingSlipDocument = new TypedDocumentString(`
    query PackingSlip($id: ID!) {
  order(id: $id) {
    id
    number
    createdAt
    buyerName
    shippingMethod
    deliveryAddress {
      name
      street
      postalCode
      city
      country
      phone
    }
    seller {
      name
    }
    lines {
      id
      title
      quantity
      productId
    }
  }
}
    `) as unknown as TypedDocumentString<PackingSlipQuery, PackingSlipQueryVariables>;
export const OrderPageDocument = new TypedDocumentString(`
    query OrderPage($id: ID!, $locale: String!) {
  me {
    id
  }
  order(id: $id) {
    id
    number
    state
    buyerId
    checkoutId
    createdAt
    carrier
    trackingCode
    cancelReason
    shippingMethod
    buyerName
    deliveryAddress {
      name
      street
      postalCode
      city
      country
      phone
    }
    seller {
      id
      name
      terms
      withdrawalPolicy
    }
    lines {
      id
      title
      quantity
      unitPrice {
        formatted(locale: $locale)
      }
      gross {
        formatted(locale: $locale)
      }
    }
    itemsTotal {
      formatted(locale: $locale)
    }
    shipping {
      formatted(locale: $locale)
    }
    total {
      currency
      formatted(locale: $locale)
    }
    refunded {
      amount
      formatted(locale: $locale)
    }
    refundable {
      amount
      exponent
      formatted(locale: $locale)
    }
    fees {
      platformFee {
        formatted(locale: $locale)
      }
      fairFund {
        formatted(locale: $locale)
      }
      donation {
        amount
        formatted(locale: $locale)
      }
      vat {
        formatted(locale: $locale)
      }
      sellerPayout {
        formatted(locale: $locale)
      }
      payoutAfterRefunds {
        formatted(locale: $locale)
      }
    }
    refunds {
      id
      reason
      note
      amount {
        formatted(locale: $locale)
      }
    }
    rating {
      rating
      comment
    }
  }
}
    `) as unknown as TypedDocumentString<OrderPageQuery, OrderPageQueryVariables>;
export const CancelOrderDocument = new TypedDocumentString(`
    mutation CancelOrder($id: ID!, $idempotencyKey: String!) {
  cancelOrder(id: $id, idempotencyKey: $idempotencyKey) {
    state
  }
}
    `) as unknown as TypedDocumentString<CancelOrderMutation, CancelOrderMutationVariables>;
export const ConfirmDeliveryDocument = new TypedDocumentString(`
    mutation ConfirmDelivery($id: ID!) {
  confirmDelivery(id: $id) {
    state
  }
}
    `) as unknown as TypedDocumentString<ConfirmDeliveryMutation, ConfirmDeliveryMutationVariables>;
export const RateSellerDocument = new TypedDocumentString(`
    mutation RateSeller($id: ID!, $rating: SellerRatingValue!, $comment: String!) {
  rateSeller(orderId: $id, rating: $rating, comment: $comment) {
    rating
  }
}
    `) as unknown as TypedDocumentString<RateSellerMutation, RateSellerMutationVariables>;
export const MarkShippedDocument = new TypedDocumentString(`
    mutation MarkShipped($id: ID!, $carrier: String, $trackingCode: String) {
  markOrderShipped(id: $id, carrier: $carrier, trackingCode: $trackingCode) {
    state
  }
}
    `) as unknown as TypedDocumentString<MarkShippedMutation, MarkShippedMutationVariables>;
export const RefundOrderDocument = new TypedDocumentString(`
    mutation RefundOrder($id: ID!, $input: RefundOrderInput!) {
  refundOrder(id: $id, input: $input) {
    state
  }
}
    `) as unknown as TypedDocumentString<RefundOrderMutation, RefundOrderMutationVariables>;
export const MyOrdersDocument = new TypedDocumentString(`
    query MyOrders($after: String, $locale: String!) {
  myOrders(first: 50, after: $after) {
    totalCount
    edges {
      node {
        id
        number
        state
        createdAt
        seller {
          name
        }
        total {
          formatted(locale: $locale)
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyOrdersQuery, MyOrdersQueryVariables>;
export const OrganisationLegalDetailsDocument = new TypedDocumentString(`
    query OrganisationLegalDetails($id: ID!) {
  me {
    id
  }
  organisation(id: $id) {
    id
    name
    legalName
    street
    postalCode
    city
    country
    vatId
    imprint
    terms
    withdrawalPolicy
    payoutAccount
    staff {
      accountId
      role
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationLegalDetailsQuery, OrganisationLegalDetailsQueryVariables>;
export const UpdateLegalDetailsDocument = new TypedDocumentString(`
    mutation UpdateLegalDetails($id: ID!, $input: UpdateOrganisationInput!) {
  updateOrganisation(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateLegalDetailsMutation, UpdateLegalDetailsMutationVariables>;
export const OrganisationPageDocument = new TypedDocumentString(`
    query OrganisationPage($id: ID!, $locale: String!) {
  organisation(id: $id) {
    id
    name
    kind
    legalName
    street
    postalCode
    city
    country
    vatId
    isVerified
    legalDetailsComplete
    missingLegalDetails
    verificationRefusalReason
    staff {
      accountId
      role
    }
    donationsReceived {
      amount
      formatted(locale: $locale)
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationPageQuery, OrganisationPageQueryVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const PolicyPageDocument = new TypedDocumentString(`
    query PolicyPage {
  policyParameters {
    key
    type
    value
    defaultValue
    description
  }
  policyHistory {
    id
    key
    value
    validFrom
    reason
    setByName
    proposalId
  }
}
    `) as unknown as TypedDocumentString<PolicyPageQuery, PolicyPageQueryVariables>;
export const ProductPageDocument = new TypedDocumentString(`
    query ProductPage($id: ID!, $locale: String!) {
  product(id: $id) {
    id
    title
    description
    condition
    buyable
    stock
    originCountry
    originRegion
    fair
    fairSeal
    ecological
    ecologicalSeal
    smallAndPrecious
    category {
      slug
      name(locale: $locale)
    }
    images {
      url
      srcset
      alt
    }
    price {
      formatted(locale: $locale)
    }
    unitPrice {
      per
      price {
        formatted(locale: $locale)
      }
    }
    priceBreakdown {
      gross {
        ...BreakdownPart
      }
      producerShare {
        ...BreakdownPart
      }
      fairFund {
        ...BreakdownPart
      }
      platformFee {
        ...BreakdownPart
      }
      donation {
        ...BreakdownPart
      }
      vat {
        ...BreakdownPart
      }
    }
    donationOrganisation {
      name
    }
    seller {
      id
      kind
      name
      verified
      vacationMode
      ratings {
        ...SellerRatings
      }
    }
    provenance {
      ...ProvenanceTimeline
    }
  }
}
    fragment ProvenanceTimeline on ProvenanceSummary {
  traceable
  stepCount
  lotCount
  transportKm
  completeness
  attestedSteps
  certifiedSteps
  lot {
    code
    custodyModel
  }
  origin {
    occurredAt
    place {
      name
      country
    }
    actor {
      name
    }
  }
  certificates {
    recordId
    certifier
    standard
    certificateId
    validTo
    status
  }
  steps {
    id
    kind
    occurredAt
    description
    correctedByRecordId
    place {
      name
      country
      latitude
      longitude
    }
    actor {
      name
    }
    transport {
      mode
      distanceKm
      from {
        name
        latitude
        longitude
      }
    }
    certificates {
      recordId
      standard
      status
    }
    attestations {
      id
      valid
      statement
      organisation {
        name
      }
    }
  }
}
fragment SellerRatings on SellerRatingSummary {
  count
  positiveShare
  latestComments {
    rating
    comment
    createdAt
  }
}
fragment BreakdownPart on Money {
  amount
  formatted(locale: $locale)
}`) as unknown as TypedDocumentString<ProductPageQuery, ProductPageQueryVariables>;
export const ProposalPageDocument = new TypedDocumentString(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    id
    number
    title
    kind
    state
    outcome
    problemStatement
    body
    pollType
    votingClosesAt
    myReceipt
    author {
      memberId
      name
    }
    options {
      id
      label
    }
    policyChanges {
      key
      value
    }
    thread {
      id
      parentId
      authorName
      memberClass
      body
      createdAt
    }
    amendments {
      version
      summary
      changes {
        field
        lines {
          op
          text
        }
      }
    }
    deliberationStatus {
      participants
      classes
      missing
    }
    participation {
      electorate
      ballotsCast
    }
    result {
      outcome
      reason
      electorate
      ballotsCast
      abstentions
      quorumNeeded
      winner
      blockReasons
      weights {
        memberClass
        voters
        ballotWeight
      }
      totals {
        key
        label
        ballots
        percent
      }
      rounds {
        totals {
          key
          label
          percent
        }
        eliminated
        tieBreak
      }
    }
    tasks {
      id
      title
      dueOn
      doneAt
    }
    reviews {
      id
      whatWorked
      whatDidNot
    }
  }
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ProposalPageQuery, ProposalPageQueryVariables>;
export const GuestProposalPageDocument = new TypedDocumentString(`
    query GuestProposalPage($id: ID!) {
  proposal(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<GuestProposalPageQuery, GuestProposalPageQueryVariables>;
export const MyMemberIdsDocument = new TypedDocumentString(`
    query MyMemberIds {
  myMemberships {
    id
  }
}
    `) as unknown as TypedDocumentString<MyMemberIdsQuery, MyMemberIdsQueryVariables>;
export const PublishProposalDocument = new TypedDocumentString(`
    mutation PublishProposal($id: ID!) {
  publishProposal(id: $id) {
    state
  }
}
    `) as unknown as TypedDocumentString<PublishProposalMutation, PublishProposalMutationVariables>;
export const PostInThreadDocument = new TypedDocumentString(`
    mutation PostInThread($input: PostInThreadInput!) {
  postInThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PostInThreadMutation, PostInThreadMutationVariables>;
export const OpenVotingDocument = new TypedDocumentString(`
    mutation OpenVoting($id: ID!) {
  openVoting(id: $id) {
    state
  }
}
    `) as unknown as TypedDocumentString<OpenVotingMutation, OpenVotingMutationVariables>;
export const CastBallotDocument = new TypedDocumentString(`
    mutation CastBallot($input: CastBallotInput!) {
  castBallot(input: $input) {
    receipt
  }
}
    `) as unknown as TypedDocumentString<CastBallotMutation, CastBallotMutationVariables>;
export const AmendProposalDocument = new TypedDocumentString(`
    mutation AmendProposal($input: AmendProposalInput!) {
  amendProposal(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<AmendProposalMutation, AmendProposalMutationVariables>;
export const ProposalParametersDocument = new TypedDocumentString(`
    query ProposalParameters {
  policyParameters {
    key
    type
    value
    description
  }
}
    `) as unknown as TypedDocumentString<ProposalParametersQuery, ProposalParametersQueryVariables>;
export const CreateProposalDocument = new TypedDocumentString(`
    mutation CreateProposal($input: CreateProposalInput!) {
  createProposal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProposalMutation, CreateProposalMutationVariables>;
export const ProposalsDocument = new TypedDocumentString(`
    query Proposals($states: [ProposalState!]) {
  proposals(states: $states) {
    id
    number
    title
    kind
    state
    outcome
    votingClosesAt
    author {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsQuery, ProposalsQueryVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    token
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SearchPageDocument = new TypedDocumentString(`
    query SearchPage($locale: String!, $query: String, $filter: ProductFilterInput, $sort: ProductSort, $after: String) {
  categories {
    slug
    name(locale: $locale)
  }
  searchProducts(
    query: $query
    filter: $filter
    sort: $sort
    first: 24
    after: $after
  ) {
    totalCount
    edges {
      node {
        ...ProductCard
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
    facets {
      categories {
        value
        count
      }
      fair {
        value
        count
      }
      ecological {
        value
        count
      }
      smallAndPrecious {
        value
        count
      }
      traceable {
        value
        count
      }
      condition {
        value
        count
      }
      originCountries {
        value
        count
      }
      priceBands {
        value
        count
      }
    }
  }
}
    fragment ProductCard on Product {
  id
  title
  fair
  fairSeal
  ecological
  ecologicalSeal
  smallAndPrecious
  price {
    formatted(locale: $locale)
  }
  unitPrice {
    per
    price {
      formatted(locale: $locale)
    }
  }
  images {
    url
    srcset
  }
}`) as unknown as TypedDocumentString<SearchPageQuery, SearchPageQueryVariables>;
export const SellerPageDocument = new TypedDocumentString(`
    query SellerPage($id: ID!, $kind: SellerKind!, $locale: String!, $after: String) {
  seller(id: $id, kind: $kind) {
    id
    kind
    name
    verified
    commercial
    isNgo
    vacationMode
    ratings {
      ...SellerRatings
    }
    products(first: 24, after: $after) {
      totalCount
      edges {
        node {
          ...ProductCard
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment ProductCard on Product {
  id
  title
  fair
  fairSeal
  ecological
  ecologicalSeal
  smallAndPrecious
  price {
    formatted(locale: $locale)
  }
  unitPrice {
    per
    price {
      formatted(locale: $locale)
    }
  }
  images {
    url
    srcset
  }
}
fragment SellerRatings on SellerRatingSummary {
  count
  positiveShare
  latestComments {
    rating
    comment
    createdAt
  }
}`) as unknown as TypedDocumentString<SellerPageQuery, SellerPageQueryVariables>;
export const StaffAccountsDocument = new TypedDocumentString(`
    query StaffAccounts($search: String) {
  staffAccounts(search: $search, first: 50) {
    totalCount
    edges {
      node {
        id
        email
        displayName
        platformRole
        emailConfirmedAt
        suspendedAt
        suspendedReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const StaffSuspendAccountDocument = new TypedDocumentString(`
    mutation StaffSuspendAccount($id: ID!, $input: StaffReasonInput!) {
  suspendAccount(id: $id, input: $input) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<StaffSuspendAccountMutation, StaffSuspendAccountMutationVariables>;
export const StaffReinstateAccountDocument = new TypedDocumentString(`
    mutation StaffReinstateAccount($id: ID!) {
  reinstateAccount(id: $id) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<StaffReinstateAccountMutation, StaffReinstateAccountMutationVariables>;
export const StaffAuditEventsDocument = new TypedDocumentString(`
    query StaffAuditEvents($action: String, $subjectId: String, $after: String) {
  auditEvents(action: $action, subjectId: $subjectId, after: $after, first: 50) {
    edges {
      node {
        id
        occurredAt
        action
        actorAccountId
        subjectType
        subjectId
        clientAddress
        details
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<StaffAuditEventsQuery, StaffAuditEventsQueryVariables>;
export const StaffCategoriesDocument = new TypedDocumentString(`
    query StaffCategories($locale: String!) {
  categories {
    id
    slug
    parentId
    name(locale: $locale)
  }
}
    `) as unknown as TypedDocumentString<StaffCategoriesQuery, StaffCategoriesQueryVariables>;
export const StaffCreateCategoryDocument = new TypedDocumentString(`
    mutation StaffCreateCategory($input: CreateCategoryInput!, $locale: String!) {
  createCategory(input: $input) {
    id
    name(locale: $locale)
  }
}
    `) as unknown as TypedDocumentString<StaffCreateCategoryMutation, StaffCreateCategoryMutationVariables>;
export const DividendReportCsvDocument = new TypedDocumentString(`
    query DividendReportCsv($id: ID!) {
  dividendReportCsv(allocationId: $id)
}
    `) as unknown as TypedDocumentString<DividendReportCsvQuery, DividendReportCsvQueryVariables>;
export const DividendSepaFileDocument = new TypedDocumentString(`
    query DividendSepaFile($id: ID!) {
  dividendSepaFile(allocationId: $id) {
    fileName
    xml
  }
}
    `) as unknown as TypedDocumentString<DividendSepaFileQuery, DividendSepaFileQueryVariables>;
export const DividendBoardDocument = new TypedDocumentString(`
    query DividendBoard($locale: String!) {
  fiscalYears {
    id
    label
    state
    startsAt
    endsAt
    figures {
      revenue {
        formatted(locale: $locale)
      }
      costs {
        formatted(locale: $locale)
      }
      surplus {
        formatted(locale: $locale)
      }
    }
    costs {
      id
      description
      documentReference
      amount {
        formatted(locale: $locale)
      }
    }
    allocation {
      id
      state
      digest
      runs
      nothingToAllocate
      proposalId
      sepaExecutedAt
      surplus {
        formatted(locale: $locale)
      }
      reserve {
        formatted(locale: $locale)
      }
      investorPool {
        formatted(locale: $locale)
      }
      patronagePool {
        formatted(locale: $locale)
      }
      classes {
        memberClass
        tier
        members
        totalWeight
        pool {
          formatted(locale: $locale)
        }
        allocated {
          formatted(locale: $locale)
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DividendBoardQuery, DividendBoardQueryVariables>;
export const CreateFiscalYearDocument = new TypedDocumentString(`
    mutation CreateFiscalYear($input: CreateFiscalYearInput!) {
  createFiscalYear(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateFiscalYearMutation, CreateFiscalYearMutationVariables>;
export const AddFiscalCostDocument = new TypedDocumentString(`
    mutation AddFiscalCost($input: AddFiscalCostInput!) {
  addFiscalCost(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddFiscalCostMutation, AddFiscalCostMutationVariables>;
export const CloseFiscalYearDocument = new TypedDocumentString(`
    mutation CloseFiscalYear($id: ID!) {
  closeFiscalYear(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseFiscalYearMutation, CloseFiscalYearMutationVariables>;
export const RunDividendAllocationDocument = new TypedDocumentString(`
    mutation RunDividendAllocation($id: ID!) {
  runDividendAllocation(fiscalYearId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RunDividendAllocationMutation, RunDividendAllocationMutationVariables>;
export const ProposeDividendAllocationDocument = new TypedDocumentString(`
    mutation ProposeDividendAllocation($id: ID!) {
  proposeDividendAllocation(allocationId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProposeDividendAllocationMutation, ProposeDividendAllocationMutationVariables>;
export const PayOutDividendsDocument = new TypedDocumentString(`
    mutation PayOutDividends($id: ID!) {
  payOutDividends(allocationId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PayOutDividendsMutation, PayOutDividendsMutationVariables>;
export const MarkDividendSepaExecutedDocument = new TypedDocumentString(`
    mutation MarkDividendSepaExecuted($id: ID!) {
  markDividendSepaExecuted(allocationId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<MarkDividendSepaExecutedMutation, MarkDividendSepaExecutedMutationVariables>;
export const StaffMembersDocument = new TypedDocumentString(`
    query StaffMembers {
  members(first: 200) {
    id
    number
    name
    memberClass
    status
    shares
  }
}
    `) as unknown as TypedDocumentString<StaffMembersQuery, StaffMembersQueryVariables>;
export const SuspendMemberDocument = new TypedDocumentString(`
    mutation SuspendMember($memberId: ID!, $reason: String!) {
  suspendMember(memberId: $memberId, reason: $reason) {
    status
  }
}
    `) as unknown as TypedDocumentString<SuspendMemberMutation, SuspendMemberMutationVariables>;
export const ReinstateMemberDocument = new TypedDocumentString(`
    mutation ReinstateMember($memberId: ID!, $reason: String!) {
  reinstateMember(memberId: $memberId, reason: $reason) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReinstateMemberMutation, ReinstateMemberMutationVariables>;
export const VerificationQueueDocument = new TypedDocumentString(`
    query VerificationQueue {
  verificationQueue(first: 100) {
    totalCount
    edges {
      node {
        id
        name
        kind
        legalName
        street
        postalCode
        city
        country
        vatId
        imprint
        createdAt
        missingLegalDetails
        verificationRefusedAt
        verificationRefusalReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerificationQueueQuery, VerificationQueueQueryVariables>;
export const StaffVerifyOrganisationDocument = new TypedDocumentString(`
    mutation StaffVerifyOrganisation($id: ID!) {
  verifyOrganisation(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<StaffVerifyOrganisationMutation, StaffVerifyOrganisationMutationVariables>;
export const StaffRefuseVerificationDocument = new TypedDocumentString(`
    mutation StaffRefuseVerification($id: ID!, $input: StaffReasonInput!) {
  refuseVerification(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<StaffRefuseVerificationMutation, StaffRefuseVerificationMutationVariables>;
export const TradeStatisticsPageDocument = new TypedDocumentString(`
    query TradeStatisticsPage($locale: String!) {
  coopTradeStatistics {
    currency
    coopShare
    total {
      trades
      volume {
        formatted(locale: $locale)
      }
    }
    byMonth {
      key
      trades
      volume {
        amount
        formatted(locale: $locale)
      }
    }
    byCategory {
      key
      trades
      volume {
        amount
        formatted(locale: $locale)
      }
    }
    byCountryPair {
      key
      trades
      volume {
        amount
        formatted(locale: $locale)
      }
    }
  }
  categories {
    id
    name(locale: $locale)
  }
}
    `) as unknown as TypedDocumentString<TradeStatisticsPageQuery, TradeStatisticsPageQueryVariables>;
export const InvoicePdfDocument = new TypedDocumentString(`
    query InvoicePdf($id: ID!) {
  wholesaleInvoice(id: $id) {
    number
    pdfBase64
    seller {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InvoicePdfQuery, InvoicePdfQueryVariables>;
export const InvoiceXmlDocument = new TypedDocumentString(`
    query InvoiceXml($id: ID!) {
  wholesaleInvoice(id: $id) {
    number
    xrechnungXml
    seller {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InvoiceXmlQuery, InvoiceXmlQueryVariables>;
export const NegotiationPageDocument = new TypedDocumentString(`
    query NegotiationPage($id: ID!, $locale: String!) {
  wholesaleNegotiation(id: $id) {
    id
    state
    round
    expiresAt
    buyerOrganisationId
    sellerOrganisationId
    buyer {
      name
    }
    seller {
      name
    }
    offer {
      id
      title
      unit
      currency
    }
    onTable {
      id
      side
      round
      quantity
      deliveryDate
      validUntil
      unitPrice {
        amount
        currency
        formatted(locale: $locale)
      }
      total {
        formatted(locale: $locale)
      }
    }
    proposals {
      id
      side
      round
      quantity
      deliveryDate
      createdAt
      unitPrice {
        formatted(locale: $locale)
      }
      total {
        formatted(locale: $locale)
      }
    }
    messages {
      id
      side
      body
      createdAt
    }
    purchaseOrder {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NegotiationPageQuery, NegotiationPageQueryVariables>;
export const ProposeTermsDocument = new TypedDocumentString(`
    mutation ProposeTerms($id: ID!, $input: ProposalInput!) {
  proposeWholesaleTerms(negotiationId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProposeTermsMutation, ProposeTermsMutationVariables>;
export const AcceptProposalDocument = new TypedDocumentString(`
    mutation AcceptProposal($id: ID!) {
  acceptWholesaleProposal(negotiationId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptProposalMutation, AcceptProposalMutationVariables>;
export const DeclineProposalDocument = new TypedDocumentString(`
    mutation DeclineProposal($id: ID!, $message: String!) {
  declineWholesaleProposal(negotiationId: $id, message: $message) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeclineProposalMutation, DeclineProposalMutationVariables>;
export const WithdrawProposalDocument = new TypedDocumentString(`
    mutation WithdrawProposal($id: ID!, $message: String!) {
  withdrawWholesaleProposal(negotiationId: $id, message: $message) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawProposalMutation, WithdrawProposalMutationVariables>;
export const SendTradeMessageDocument = new TypedDocumentString(`
    mutation SendTradeMessage($id: ID!, $message: String!) {
  sendWholesaleMessage(negotiationId: $id, message: $message) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendTradeMessageMutation, SendTradeMessageMutationVariables>;
export const WholesaleOfferPageDocument = new TypedDocumentString(`
    query WholesaleOfferPage($id: ID!, $locale: String!) {
  wholesaleOffer(id: $id) {
    id
    title
    description
    unit
    currency
    state
    availableQuantity
    minimumQuantity
    incoterm
    incotermPlace
    leadTimeDays
    paymentNetDays
    skontoBp
    skontoDays
    vatRateBp
    validUntil
    sellerOrganisationId
    seller {
      name
      country
    }
    tiers {
      minQuantity
      unitPrice {
        formatted(locale: $locale)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WholesaleOfferPageQuery, WholesaleOfferPageQueryVariables>;
export const RequestQuoteDocument = new TypedDocumentString(`
    mutation RequestQuote($input: RequestQuoteInput!) {
  requestWholesaleQuote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestQuoteMutation, RequestQuoteMutationVariables>;
export const OfferProductsDocument = new TypedDocumentString(`
    query OfferProducts($organisationId: ID!) {
  myProducts(organisationId: $organisationId, first: 100) {
    edges {
      node {
        id
        title
        categoryId
      }
    }
  }
  wholesaleOffers(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OfferProductsQuery, OfferProductsQueryVariables>;
export const PublishOfferDocument = new TypedDocumentString(`
    mutation PublishOffer($input: PublishOfferInput!) {
  publishWholesaleOffer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PublishOfferMutation, PublishOfferMutationVariables>;
export const PurchaseOrderPageDocument = new TypedDocumentString(`
    query PurchaseOrderPage($id: ID!, $locale: String!) {
  wholesalePurchaseOrder(id: $id) {
    id
    state
    quantity
    deliveredQuantity
    deliveryDate
    createdAt
    sellerOrganisationId
    buyerOrganisationId
    seller {
      name
    }
    buyer {
      name
    }
    offer {
      id
      title
      unit
      currency
      incoterm
      incotermPlace
    }
    unitPrice {
      formatted(locale: $locale)
    }
    netTotal {
      formatted(locale: $locale)
    }
    deliveries {
      id
      position
      quantity
      note
      deliveredAt
      custodyRecordId
    }
    invoices {
      id
      number
      state
      dueDate
      skontoUntil
      skontoBp
      reverseCharge
      net {
        formatted(locale: $locale)
      }
      vat {
        formatted(locale: $locale)
      }
      gross {
        formatted(locale: $locale)
      }
      paid {
        formatted(locale: $locale)
      }
      amountDueToday {
        amount
        currency
        formatted(locale: $locale)
      }
      payments {
        id
        method
        paidOn
        reference
        amount {
          formatted(locale: $locale)
        }
      }
    }
  }
  paymentConfig {
    testMode
    publishableKey
  }
}
    `) as unknown as TypedDocumentString<PurchaseOrderPageQuery, PurchaseOrderPageQueryVariables>;
export const RecordDeliveryDocument = new TypedDocumentString(`
    mutation RecordDelivery($id: ID!, $input: RecordDeliveryInput!) {
  recordWholesaleDelivery(purchaseOrderId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordDeliveryMutation, RecordDeliveryMutationVariables>;
export const MarkInvoicePaidDocument = new TypedDocumentString(`
    mutation MarkInvoicePaid($id: ID!, $input: MarkInvoicePaidInput!) {
  markWholesaleInvoicePaid(invoiceId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MarkInvoicePaidMutation, MarkInvoicePaidMutationVariables>;
export const PayInvoiceOnlineDocument = new TypedDocumentString(`
    mutation PayInvoiceOnline($id: ID!, $key: String!) {
  payWholesaleInvoiceOnline(invoiceId: $id, idempotencyKey: $key) {
    state
    clientSecret
  }
}
    `) as unknown as TypedDocumentString<PayInvoiceOnlineMutation, PayInvoiceOnlineMutationVariables>;
export const PayInvoiceOfflineDocument = new TypedDocumentString(`
    mutation PayInvoiceOffline($id: ID!, $key: String!) {
  payWholesaleInvoiceOffline(invoiceId: $id, idempotencyKey: $key) {
    state
  }
}
    `) as unknown as TypedDocumentString<PayInvoiceOfflineMutation, PayInvoiceOfflineMutationVariables>;
export const TradeDeskDocument = new TypedDocumentString(`
    query TradeDesk($organisationId: ID!, $filter: WholesaleOfferFilter!, $locale: String!) {
  wholesaleOffers(filter: $filter, first: 50) {
    totalCount
    edges {
      node {
        id
        title
        unit
        availableQuantity
        minimumQuantity
        incoterm
        incotermPlace
        validUntil
        sellerOrganisationId
        seller {
          name
          country
        }
        tiers {
          minQuantity
          unitPrice {
            formatted(locale: $locale)
          }
        }
      }
    }
  }
  wholesaleNegotiations(organisationId: $organisationId, first: 50) {
    edges {
      node {
        id
        state
        round
        updatedAt
        sellerOrganisationId
        offer {
          title
          unit
        }
        buyer {
          name
        }
        seller {
          name
        }
        onTable {
          quantity
          unitPrice {
            formatted(locale: $locale)
          }
        }
      }
    }
  }
  wholesalePurchaseOrders(organisationId: $organisationId, first: 50) {
    edges {
      node {
        id
        state
        quantity
        deliveredQuantity
        createdAt
        sellerOrganisationId
        offer {
          title
          unit
        }
        buyer {
          name
        }
        seller {
          name
        }
        netTotal {
          formatted(locale: $locale)
        }
      }
    }
  }
  wholesaleInvoices(organisationId: $organisationId, first: 50) {
    edges {
      node {
        id
        number
        state
        dueDate
        purchaseOrderId
        sellerOrganisationId
        seller {
          name
        }
        buyer {
          name
        }
        gross {
          formatted(locale: $locale)
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TradeDeskQuery, TradeDeskQueryVariables>;