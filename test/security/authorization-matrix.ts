import { randomUUID } from 'node:crypto';
import type { AuthWorld } from './authorization-world';

/**
 * Who may do what: one row per mutation and per query that returns private data, one expected
 * outcome per role. `OK` means it must succeed; anything else is the error code it must be refused
 * with. The test fails on any cell that differs (above all an unexpected OK) and on any mutation
 * in the schema without a row here, so a new mutation lands with its row.
 *
 * Adding a row: `myMutation: row(call, { ...everyoneRefused, owner: OK })`, where `call` returns the
 * document and variables, built fresh for each cell from `world` (make what the call uses up in
 * `call`, so cells do not depend on each other). When member classes exist, add them to ROLES
 * and `refusedFor`; co-op staff beside the owner are `orgStaff`.
 */
export const ROLES = [
  'guest',
  /** The buyer whose cart, checkout and orders the calls use. */
  'buyer',
  'otherBuyer',
  /** Staff (not owner) of another organisation than the one the call is about. */
  'otherOrgStaff',
  /** Staff (not owner) of the organisation the call is about. */
  'orgStaff',
  /** Owner of the organisation the call is about (the seller). */
  'owner',
  'platformStaff',
] as const;
export type Role = (typeof ROLES)[number];

export const OK = 'OK';

export interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** A session for this cell alone (e.g. for logout), instead of the role's shared one. */
  token?: string | null;
}

export interface MatrixRow {
  call: (world: AuthWorld, role: Role) => Promise<Call> | Call;
  expected: Record<Role, string>;
  /** For a query whose answer hides private fields instead of refusing: how to name what came back. */
  observe?: (data: Record<string, unknown>) => string;
}

/** Every role refused: guests as UNAUTHENTICATED, everyone logged in with `code`. */
const refusedFor = (code: string): Record<Role, string> => ({
  guest: 'UNAUTHENTICATED',
  buyer: code,
  otherBuyer: code,
  otherOrgStaff: code,
  orgStaff: code,
  owner: code,
  platformStaff: code,
});
const anyoneLoggedIn: Record<Role, string> = { ...refusedFor(OK) };
const everyone: Record<Role, string> = { ...anyoneLoggedIn, guest: OK };
/** The organisation's own people (owner and staff) may; everyone else is forbidden. */
const organisationOnly = (code = 'FORBIDDEN') => ({ ...refusedFor(code), orgStaff: OK, owner: OK });
const ownerOnly = (code = 'FORBIDDEN') => ({ ...refusedFor(code), owner: OK });
/** Wholesale: only staff of the verified co-op the call is about; a guest is refused like everyone else. */
const wholesaleOnly = { ...refusedFor('FORBIDDEN'), guest: 'FORBIDDEN', orgStaff: OK, owner: OK };
/**
 * Browsing offers is open to the staff of any verified co-op: the other buyer owns one in this
 * world by then (the createOrganisation and verifyOrganisation rows make and verify it).
 */
const wholesaleBrowsing = { ...wholesaleOnly, otherBuyer: OK };
const platformStaffOnly = { ...refusedFor('FORBIDDEN'), platformStaff: OK };
const row = (call: MatrixRow['call'], expected: Record<Role, string>, observe?: MatrixRow['observe']): MatrixRow => ({
  call,
  expected,
  observe,
});

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${++sequence}-${Date.now()}`;

/** A mailed link's token decides, not who sends it: a made-up one is refused for everyone alike. */
const byTokenOnly = Object.fromEntries(ROLES.map((role) => [role, 'TOKEN_INVALID'])) as Record<Role, string>;

export const MUTATIONS: Record<string, MatrixRow> = {
  publishWholesaleOffer: row(
    async (w) => ({
      // Making a negotiation first verifies organisation A for wholesale.
      ...(await w.wholesaleNegotiation(), {}),
      query: 'mutation($input: PublishOfferInput!) { publishWholesaleOffer(input: $input) { id } }',
      variables: { input: w.wholesaleOfferInput() },
    }),
    wholesaleOnly,
  ),
  withdrawWholesaleOffer: row(
    async (w) => ({
      query: 'mutation($id: ID!) { withdrawWholesaleOffer(id: $id) { id } }',
      variables: { id: (await w.wholesaleNegotiation()).offerId },
    }),
    wholesaleOnly,
  ),
  requestWholesaleQuote: row(async (w) => {
    // Organisation A asks for a quote on an offer it does not sell: one of the buyer co-op's.
    const { negotiationId } = await w.wholesaleNegotiation();
    const [{ offer_id: offerId }] = await w.query('SELECT offer_id FROM wholesale_negotiation WHERE id = $1', [negotiationId]);
    const [{ buyer }] = await w.query('SELECT buyer_organisation_id AS buyer FROM wholesale_negotiation WHERE id = $1', [
      negotiationId,
    ]);
    await w.query(`UPDATE wholesale_offer SET seller_organisation_id = $2 WHERE id = $1`, [offerId, buyer]);
    return {
      query: 'mutation($input: RequestQuoteInput!) { requestWholesaleQuote(input: $input) { id } }',
      variables: { input: { offerId, organisationId: w.organisationId, quantity: 20, deliveryDate: '2099-01-01' } },
    };
  }, wholesaleOnly),
  proposeWholesaleTerms: row(
    async (w) => ({
      query:
        'mutation($id: ID!) { proposeWholesaleTerms(negotiationId: $id, input: { quantity: 20, deliveryDate: "2099-01-01" }) { id } }',
      variables: { id: (await w.wholesaleNegotiation()).negotiationId },
    }),
    wholesaleOnly,
  ),
  acceptWholesaleProposal: row(
    async (w) => ({
      query: 'mutation($id: ID!) { acceptWholesaleProposal(negotiationId: $id) { id } }',
      variables: { id: (await w.wholesaleNegotiation()).negotiationId },
    }),
    wholesaleOnly,
  ),
  declineWholesaleProposal: row(
    async (w) => ({
      query: 'mutation($id: ID!) { declineWholesaleProposal(negotiationId: $id) { id } }',
      variables: { id: (await w.wholesaleNegotiation()).negotiationId },
    }),
    wholesaleOnly,
  ),
  withdrawWholesaleProposal: row(async (w) => {
    const { negotiationId } = await w.wholesaleNegotiation();
    await w.accounts.owner.gql.ok(
      'mutation($id: ID!) { proposeWholesaleTerms(negotiationId: $id, input: { quantity: 20, deliveryDate: "2099-01-01" }) { id } }',
      { id: negotiationId },
    );
    return {
      query: 'mutation($id: ID!) { withdrawWholesaleProposal(negotiationId: $id) { id } }',
      variables: { id: negotiationId },
    };
  }, wholesaleOnly),
  sendWholesaleMessage: row(
    async (w) => ({
      query: 'mutation($id: ID!) { sendWholesaleMessage(negotiationId: $id, message: "Hello") { id } }',
      variables: { id: (await w.wholesaleNegotiation()).negotiationId },
    }),
    wholesaleOnly,
  ),
  recordWholesaleDelivery: row(
    async (w) => ({
      query: 'mutation($id: ID!) { recordWholesaleDelivery(purchaseOrderId: $id, input: { quantity: 5, note: "Some" }) { id } }',
      variables: { id: await w.wholesaleOrder() },
    }),
    wholesaleOnly,
  ),
  markWholesaleInvoicePaid: row(
    async (w) => ({
      query:
        'mutation($id: ID!) { markWholesaleInvoicePaid(invoiceId: $id, input: { amount: 100, paidOn: "2099-01-01" }) { id } }',
      variables: { id: await w.wholesaleInvoice() },
    }),
    wholesaleOnly,
  ),
  arrangeProductPhotos: row(
    (w) => ({
      query: 'mutation($p: ID!) { arrangeProductPhotos(productId: $p, input: { images: [] }) { id } }',
      variables: { p: w.productId },
    }),
    organisationOnly(),
  ),
  confirmEmail: row(() => ({ query: 'mutation { confirmEmail(input: { token: "made-up" }) { id } }' }), byTokenOnly),
  refuseVerification: row(
    async (w) => ({
      query: 'mutation($id: ID!) { refuseVerification(id: $id, input: { reason: "No register entry" }) { id } }',
      variables: { id: await w.unverifiedCooperative() },
    }),
    platformStaffOnly,
  ),
  reinstateAccount: row(
    async (w) => ({
      query: 'mutation($id: ID!) { reinstateAccount(id: $id) { id } }',
      variables: { id: (await w.freshAccount()).id },
    }),
    platformStaffOnly,
  ),
  requestPasswordReset: row(
    () => ({
      query: 'mutation($e: String!) { requestPasswordReset(input: { email: $e }) }',
      variables: { e: `${unique('p')}@example.org` },
    }),
    everyone,
  ),
  setMailLanguage: row(() => ({ query: 'mutation { setMailLanguage(input: { locale: "de" }) { id } }' }), anyoneLoggedIn),
  resendEmailConfirmation: row(() => ({ query: 'mutation { resendEmailConfirmation }' }), anyoneLoggedIn),
  resetPassword: row(
    () => ({ query: 'mutation { resetPassword(input: { token: "made-up", password: "long enough password" }) }' }),
    byTokenOnly,
  ),
  suspendAccount: row(
    async (w) => ({
      query: 'mutation($id: ID!) { suspendAccount(id: $id, input: { reason: "Spam" }) { id } }',
      variables: { id: (await w.freshAccount()).id },
    }),
    platformStaffOnly,
  ),
  payWholesaleInvoiceOnline: row(
    async (w) => ({
      query: 'mutation($id: ID!, $k: String!) { payWholesaleInvoiceOnline(invoiceId: $id, idempotencyKey: $k) { state } }',
      variables: { id: await w.wholesaleInvoiceOwed(), k: `matrix-${randomUUID()}` },
    }),
    wholesaleOnly,
  ),
  payWholesaleInvoiceOffline: row(
    async (w) => ({
      query: 'mutation($id: ID!, $k: String!) { payWholesaleInvoiceOffline(invoiceId: $id, idempotencyKey: $k) { state } }',
      variables: { id: await w.wholesaleInvoiceOwed(), k: `matrix-${randomUUID()}` },
    }),
    wholesaleOnly,
  ),
  activateProduct: row(
    async (w) => ({ query: 'mutation($id: ID!) { activateProduct(id: $id) { id } }', variables: { id: await w.draftProduct() } }),
    organisationOnly(),
  ),
  addOrganisationStaff: row(
    async (w) => ({
      query: 'mutation($o: ID!, $e: String!) { addOrganisationStaff(organisationId: $o, input: { email: $e }) { role } }',
      variables: { o: w.organisationId, e: (await w.freshAccount()).email },
    }),
    { ...ownerOnly(), orgStaff: 'FORBIDDEN' },
  ),
  addToCart: row(
    (w) => ({ query: 'mutation($p: ID!) { addToCart(productId: $p) { id } }', variables: { p: w.productId } }),
    everyone,
  ),
  appendProvenanceRecord: row(
    (w) => ({
      query: 'mutation($l: ID!, $input: AppendRecordInput!) { appendProvenanceRecord(lotId: $l, input: $input) { id } }',
      variables: { l: w.lotId, input: { kind: 'INSPECTION', occurredAt: w.nextTime(), place: { name: 'Finca', country: 'MX' } } },
    }),
    organisationOnly('NOT_CUSTODIAN'),
  ),
  attestProvenanceRecord: row(
    (w) => ({
      // Attesting for the other organisation: only its people may, once.
      query: 'mutation($r: ID!, $o: ID!) { attestProvenanceRecord(recordId: $r, organisationId: $o) { id } }',
      variables: { r: w.freshRecordId, o: w.otherOrganisationId },
    }),
    { ...refusedFor('FORBIDDEN'), otherOrgStaff: OK },
  ),
  cancelOrder: row(
    async (w) => ({
      query: 'mutation($id: ID!, $k: String!) { cancelOrder(id: $id, idempotencyKey: $k) { state } }',
      variables: { id: (await w.paidOrder()).orderId, k: randomUUID() },
    }),
    { ...refusedFor('FORBIDDEN'), buyer: OK },
  ),
  checkout: row(async (w, role) => {
    const { token, cartToken } = await w.cartReadyToPay(role);
    return {
      query: 'mutation($k: String!, $t: String) { checkout(idempotencyKey: $k, cartToken: $t) { id } }',
      variables: { k: randomUUID(), t: cartToken },
      token,
    };
  }, everyone),
  claimGuestCheckout: row(
    async (w) => {
      const { checkoutId, accessToken } = await w.guestCheckoutOfBuyer();
      return {
        query: 'mutation($id: ID!, $a: String!) { claimGuestCheckout(checkoutId: $id, accessToken: $a) { id } }',
        variables: { id: checkoutId, a: accessToken },
      };
    },
    { ...refusedFor('CLAIM_EMAIL_MISMATCH'), buyer: OK },
  ),
  chooseShipping: row(
    async (w, role) => ({
      query: 'mutation($s: ID!, $t: String) { chooseShipping(sellerId: $s, method: DELIVERY, cartToken: $t) { id } }',
      variables: { s: w.organisationId, t: role === 'guest' ? await w.guestCartToken() : null },
      token: await w.sessionWithCart(role),
    }),
    everyone,
  ),
  closeProduct: row(
    async (w) => ({ query: 'mutation($id: ID!) { closeProduct(id: $id) { id } }', variables: { id: await w.activeProduct() } }),
    organisationOnly(),
  ),
  confirmDelivery: row(
    async (w) => ({
      query: 'mutation($id: ID!) { confirmDelivery(id: $id) { state } }',
      variables: { id: (await w.shippedOrder()).orderId },
    }),
    { ...refusedFor('FORBIDDEN'), buyer: OK },
  ),
  createCategory: row(
    () => ({
      query: 'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }',
      variables: { input: { slug: unique('c').toLowerCase(), nameEn: 'Things', nameDe: 'Dinge' } },
    }),
    platformStaffOnly,
  ),
  createOrganisation: row(
    () => ({
      query: 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      variables: { input: { kind: 'COMPANY', name: unique('Org') } },
    }),
    anyoneLoggedIn,
  ),
  createProduct: row(
    (w) => ({
      query: 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
      variables: {
        input: { organisationId: w.organisationId, title: 'Tea', price: { amount: 500, currency: 'EUR' }, vatRateBp: 700 },
      },
    }),
    organisationOnly(),
  ),
  createProvenanceLot: row(
    (w) => ({
      query: 'mutation($input: CreateLotInput!) { createProvenanceLot(input: $input) { id } }',
      variables: { input: { organisationId: w.organisationId, code: unique('LOT'), name: 'Coffee', custodyModel: 'SEGREGATED' } },
    }),
    organisationOnly(),
  ),
  linkLotToProduct: row(
    (w) => ({
      query: 'mutation($l: ID!, $p: ID!) { linkLotToProduct(lotId: $l, productId: $p) { id } }',
      variables: { l: w.lotId, p: w.productId },
    }),
    organisationOnly('NOT_CUSTODIAN'),
  ),
  login: row(
    (w) => ({
      query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: { email: w.loginAccount.email, password: w.password } },
    }),
    everyone,
  ),
  logout: row(async (w, role) => ({ query: 'mutation { logout }', token: await w.freshSession(role) }), anyoneLoggedIn),
  markOrderShipped: row(
    async (w) => ({
      query: 'mutation($id: ID!) { markOrderShipped(id: $id, carrier: "DHL") { state } }',
      variables: { id: (await w.paidOrder()).orderId },
    }),
    organisationOnly(),
  ),
  deleteAddress: row(
    async (w) => ({ query: 'mutation($id: ID!) { deleteAddress(id: $id) { id } }', variables: { id: await w.buyerAddress() } }),
    // Someone else's address is not found, not forbidden: its existence stays private.
    { ...refusedFor('NOT_FOUND'), buyer: OK },
  ),
  mergeCart: row(
    async (w) => ({
      query: 'mutation($t: String) { mergeCart(cartToken: $t) { id } }',
      variables: { t: await w.guestCartToken() },
    }),
    anyoneLoggedIn,
  ),
  payCheckoutOffline: row(
    async (w) => ({
      query: 'mutation($id: ID!) { payCheckoutOffline(checkoutId: $id) { id } }',
      variables: { id: (await w.unpaidCheckout()).checkoutId },
    }),
    { ...refusedFor('FORBIDDEN'), guest: 'FORBIDDEN', buyer: OK },
  ),
  payoutOnboardingLink: row(
    (w) => ({
      query: 'mutation($o: ID) { payoutOnboardingLink(organisationId: $o, returnUrl: "https://example.org/back") }',
      variables: { o: w.organisationId },
    }),
    ownerOnly(),
  ),
  rateSeller: row(
    async (w) => ({
      query: 'mutation($id: ID!) { rateSeller(orderId: $id, rating: POSITIVE, comment: "Fine") { __typename } }',
      variables: { id: (await w.deliveredOrder()).orderId },
    }),
    { ...refusedFor('FORBIDDEN'), buyer: OK },
  ),
  refundOrder: row(
    async (w) => ({
      query: 'mutation($id: ID!, $input: RefundOrderInput!) { refundOrder(id: $id, input: $input) { state } }',
      variables: {
        id: (await w.paidOrder()).orderId,
        input: { amount: { amount: 100, currency: 'EUR' }, reason: 'RETURNED', idempotencyKey: randomUUID() },
      },
    }),
    organisationOnly(),
  ),
  register: row(
    () => ({
      query: 'mutation($input: RegisterInput!) { register(input: $input) { token } }',
      variables: {
        input: { email: `${unique('r')}@example.org`, password: 'long enough password', displayName: 'New', acceptTerms: true },
      },
    }),
    everyone,
  ),
  saveAddress: row(
    () => ({
      query: 'mutation($input: AddressInput!) { saveAddress(input: $input) { id } }',
      variables: { input: { name: 'Anna', street: 'Lindenstraße 5', postalCode: '10969', city: 'Berlin', country: 'DE' } },
    }),
    anyoneLoggedIn,
  ),
  setCartDestination: row(
    async (w, role) => ({
      query: 'mutation($t: String) { setCartDestination(country: "AT", cartToken: $t) { destinationCountry } }',
      variables: { t: role === 'guest' ? await w.guestCartToken() : null },
      token: await w.sessionWithCart(role),
    }),
    everyone,
  ),
  setDefaultAddress: row(
    async (w) => ({
      query: 'mutation($id: ID!) { setDefaultAddress(id: $id) { id } }',
      variables: { id: await w.buyerAddress() },
    }),
    { ...refusedFor('NOT_FOUND'), buyer: OK },
  ),
  setDeliveryAddress: row(
    async (w, role) => ({
      query: `mutation($t: String, $e: String) {
        setDeliveryAddress(cartToken: $t, email: $e, address: { name: "Anna", street: "Lindenstraße 5", postalCode: "10969", city: "Berlin", country: "DE" }) { destinationCountry }
      }`,
      variables: role === 'guest' ? { t: await w.guestCartToken(), e: 'guest@example.org' } : {},
      token: await w.sessionWithCart(role),
    }),
    everyone,
  ),
  setCartItemQuantity: row(
    async (w, role) => ({
      query: 'mutation($p: ID!, $t: String) { setCartItemQuantity(productId: $p, quantity: 2, cartToken: $t) { id } }',
      variables: { p: w.productId, t: role === 'guest' ? await w.guestCartToken() : null },
      token: await w.sessionWithCart(role),
    }),
    everyone,
  ),
  setProductShipping: row(
    (w) => ({
      query: 'mutation($p: ID!) { setProductShipping(productId: $p, options: [{ kind: PICKUP, price: 0 }]) { kind } }',
      variables: { p: w.productId },
    }),
    organisationOnly(),
  ),
  setShippingProfile: row(
    (w) => ({
      query: 'mutation($input: ShippingProfileInput!) { setShippingProfile(input: $input) { sellerId } }',
      variables: {
        input: { organisationId: w.organisationId, originCountry: 'DE', rates: [{ zone: 'DOMESTIC', itemPrice: 490 }] },
      },
    }),
    organisationOnly(),
  ),
  setVacationMode: row(
    (w) => ({
      query: 'mutation($o: String) { setVacationMode(on: false, organisationId: $o) { id } }',
      variables: { o: w.organisationId },
    }),
    organisationOnly(),
  ),
  updateOrganisation: row(
    (w) => ({
      query: 'mutation($id: ID!) { updateOrganisation(id: $id, input: { city: "Berlin" }) { id } }',
      variables: { id: w.organisationId },
    }),
    ownerOnly(),
  ),
  updateProduct: row(
    (w) => ({
      query: 'mutation($id: ID!) { updateProduct(id: $id, input: { stock: 90 }) { id } }',
      variables: { id: w.productId },
    }),
    organisationOnly(),
  ),
  verifyOrganisation: row(
    async (w) => ({
      query: 'mutation($id: ID!) { verifyOrganisation(id: $id) { isVerified } }',
      variables: { id: await w.unverifiedCooperative() },
    }),
    platformStaffOnly,
  ),
  // Membership and governance. None of the matrix's roles is a member of the co-op: members act for
  // themselves only (staff see members but never act for them), and joinCoop comes last so the
  // applications it makes change no other row.
  setPolicyParameters: row(
    () => ({
      query:
        'mutation { setPolicyParameters(input: { changes: [{ key: "governance.votingDays", value: "7" }], reason: "Matrix" }) { key } }',
    }),
    platformStaffOnly,
  ),
  buyShares: row(
    async (w) => ({
      query: 'mutation($m: ID!) { buyShares(memberId: $m, shares: 1) { paymentId } }',
      variables: { m: (await w.member()).memberId },
    }),
    refusedFor('FORBIDDEN'),
  ),
  paySharesOffline: row(
    async (w) => ({
      query: 'mutation($p: ID!) { paySharesOffline(purchaseId: $p) { paymentId } }',
      variables: { p: (await w.applicant()).purchaseId },
    }),
    refusedFor('FORBIDDEN'),
  ),
  cancelMembershipApplication: row(
    async (w) => ({
      query: 'mutation($m: ID!) { cancelMembershipApplication(memberId: $m) { status } }',
      variables: { m: (await w.applicant()).memberId },
    }),
    refusedFor('FORBIDDEN'),
  ),
  giveMembershipNotice: row(
    async (w) => ({
      query: 'mutation($m: ID!) { giveMembershipNotice(memberId: $m) { status } }',
      variables: { m: (await w.member()).memberId },
    }),
    refusedFor('FORBIDDEN'),
  ),
  transferShares: row(
    async (w) => ({
      query: `mutation($m: ID!) {
        transferShares(input: { fromMemberId: $m, toMemberNumber: 1, shares: 1, idempotencyKey: "matrix" }) { reference }
      }`,
      variables: { m: (await w.member()).memberId },
    }),
    refusedFor('FORBIDDEN'),
  ),
  suspendMember: row(
    async (w) => ({
      query: 'mutation($m: ID!) { suspendMember(memberId: $m, reason: "Matrix check") { status } }',
      variables: { m: (await w.member(true)).memberId },
    }),
    platformStaffOnly,
  ),
  reinstateMember: row(
    async (w) => ({
      query: 'mutation($m: ID!) { reinstateMember(memberId: $m, reason: "Matrix check") { status } }',
      variables: { m: await w.suspendedMember() },
    }),
    platformStaffOnly,
  ),
  createProposal: row(
    () => ({
      query: 'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
      variables: {
        input: {
          kind: 'GENERAL',
          title: 'Matrix',
          problemStatement: 'A problem worth a proposal.',
          body: '',
          pollType: 'CONSENT',
        },
      },
    }),
    refusedFor('NOT_A_MEMBER'),
  ),
  publishProposal: row(
    async (w) => ({
      query: 'mutation($id: ID!) { publishProposal(id: $id) { id } }',
      variables: { id: await w.proposal('DRAFT') },
    }),
    refusedFor('NOT_FOUND'),
  ),
  amendProposal: row(
    async (w) => ({
      query: 'mutation($input: AmendProposalInput!) { amendProposal(input: $input) { version } }',
      variables: { input: { proposalId: await w.proposal('DELIBERATION'), summary: 'Not mine' } },
    }),
    refusedFor('FORBIDDEN'),
  ),
  postInThread: row(
    async (w) => ({
      query: 'mutation($input: PostInThreadInput!) { postInThread(input: $input) { id } }',
      variables: { input: { proposalId: await w.proposal('DELIBERATION'), body: 'Hello' } },
    }),
    refusedFor('NOT_A_MEMBER'),
  ),
  openVoting: row(
    async (w) => ({
      query: 'mutation($id: ID!) { openVoting(id: $id) { state } }',
      variables: { id: await w.proposal('DELIBERATION') },
    }),
    refusedFor('FORBIDDEN'),
  ),
  castBallot: row(
    async (w) => ({
      query: 'mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }',
      variables: { input: { proposalId: await w.proposal('VOTING'), consent: 'AGREE' } },
    }),
    refusedFor('NOT_A_MEMBER'),
  ),
  addImplementationTask: row(
    async (w) => ({
      query: 'mutation($input: AddTaskInput!) { addImplementationTask(input: $input) { id } }',
      variables: {
        input: {
          proposalId: await w.proposal('DELIBERATION'),
          title: 'Do it',
          ownerMemberId: (await w.member()).memberId,
          dueOn: '2027-01-15',
        },
      },
    }),
    // Staff may plan tasks, but only for a passed proposal.
    { ...refusedFor('FORBIDDEN'), platformStaff: 'PROPOSAL_NOT_PASSED' },
  ),
  completeImplementationTask: row(
    () => ({ query: 'mutation($id: ID!) { completeImplementationTask(taskId: $id) { id } }', variables: { id: randomUUID() } }),
    refusedFor('NOT_FOUND'),
  ),
  reviewProposal: row(
    async (w) => ({
      query: 'mutation($input: ReviewInput!) { reviewProposal(input: $input) { id } }',
      variables: { input: { proposalId: await w.proposal('DELIBERATION'), whatWorked: 'All of it', whatDidNot: 'Nothing' } },
    }),
    refusedFor('PROPOSAL_NOT_IMPLEMENTING'),
  ),
  completeImplementation: row(
    async (w) => ({
      query: 'mutation($id: ID!) { completeImplementation(id: $id) { state } }',
      variables: { id: await w.proposal('DELIBERATION') },
    }),
    { ...refusedFor('FORBIDDEN'), platformStaff: 'ILLEGAL_TRANSITION' },
  ),
  markNotificationsRead: row(() => ({ query: 'mutation { markNotificationsRead }' }), anyoneLoggedIn),
  // Dividends: the board (platform staff) keeps the books and runs the allocation; members choose their payout.
  createFiscalYear: row(() => {
    const year = 2400 + ++sequence;
    return {
      query: 'mutation($input: CreateFiscalYearInput!) { createFiscalYear(input: $input) { id } }',
      variables: { input: { label: unique('FY'), startsAt: `${year}-01-01T00:00:00Z`, endsAt: `${year + 1}-01-01T00:00:00Z` } },
    };
  }, platformStaffOnly),
  closeFiscalYear: row(
    async (w) => ({
      query: 'mutation($id: ID!) { closeFiscalYear(id: $id) { id } }',
      variables: { id: await w.fiscalYear('OPEN') },
    }),
    platformStaffOnly,
  ),
  addFiscalCost: row(
    async (w) => ({
      query: 'mutation($input: AddFiscalCostInput!) { addFiscalCost(input: $input) { id } }',
      variables: {
        input: { fiscalYearId: await w.fiscalYear('OPEN'), amountCents: 100, description: 'Matrix', documentReference: 'M-1' },
      },
    }),
    platformStaffOnly,
  ),
  recordWorkerHours: row(
    async (w) => ({
      query: 'mutation($input: RecordWorkerHoursInput!) { recordWorkerHours(input: $input) { id } }',
      variables: { input: { memberId: await w.workerMember(), workedOn: '2999-01-01', hours: 1.5 } },
    }),
    platformStaffOnly,
  ),
  runDividendAllocation: row(
    async (w) => ({
      query: 'mutation($id: ID!) { runDividendAllocation(fiscalYearId: $id) { id } }',
      variables: { id: await w.fiscalYear('CLOSED') },
    }),
    platformStaffOnly,
  ),
  proposeDividendAllocation: row(
    () => ({ query: 'mutation($a: ID!) { proposeDividendAllocation(allocationId: $a) { id } }', variables: { a: randomUUID() } }),
    { ...refusedFor('FORBIDDEN'), platformStaff: 'NOT_FOUND' },
  ),
  payOutDividends: row(
    () => ({ query: 'mutation($a: ID!) { payOutDividends(allocationId: $a) { id } }', variables: { a: randomUUID() } }),
    { ...refusedFor('FORBIDDEN'), platformStaff: 'NOT_FOUND' },
  ),
  markDividendSepaExecuted: row(
    () => ({ query: 'mutation($a: ID!) { markDividendSepaExecuted(allocationId: $a) { id } }', variables: { a: randomUUID() } }),
    { ...refusedFor('FORBIDDEN'), platformStaff: 'NOT_FOUND' },
  ),
  setDividendPayoutChoice: row(
    async (w) => ({
      query: 'mutation($input: SetPayoutChoiceInput!) { setDividendPayoutChoice(input: $input) { method } }',
      variables: { input: { memberId: (await w.member()).memberId, method: 'SHARES' } },
    }),
    refusedFor('FORBIDDEN'),
  ),
  joinCoop: row(
    () => ({ query: 'mutation { joinCoop(input: { memberClass: CONSUMER, shares: 1 }) { paymentId } }' }),
    anyoneLoggedIn,
  ),
};

/** Queries whose answer is someone's own or an organisation's private data. */
export const PRIVATE_QUERIES: Record<string, MatrixRow> = {
  myMemberships: row(() => ({ query: '{ myMemberships { id } }' }), anyoneLoggedIn),
  member: row(
    async (w) => ({ query: 'query($id: ID!) { member(id: $id) { id } }', variables: { id: (await w.member()).memberId } }),
    {
      ...refusedFor('FORBIDDEN'),
      platformStaff: OK,
    },
  ),
  members: row(() => ({ query: '{ members { id } }' }), platformStaffOnly),
  fiscalYears: row(() => ({ query: '{ fiscalYears { id } }' }), platformStaffOnly),
  workerHours: row(
    async (w) => ({ query: 'query($m: ID!) { workerHours(memberId: $m) { id } }', variables: { m: await w.workerMember() } }),
    platformStaffOnly,
  ),
  dividendAllocations: row(() => ({ query: '{ dividendAllocations { id } }' }), anyoneLoggedIn),
  dividendAllocation: row(
    () => ({ query: 'query($id: ID!) { dividendAllocation(id: $id) { id } }', variables: { id: randomUUID() } }),
    { ...refusedFor('FORBIDDEN'), platformStaff: 'NOT_FOUND' },
  ),
  dividendSepaFile: row(
    () => ({ query: 'query($a: ID!) { dividendSepaFile(allocationId: $a) { xml } }', variables: { a: randomUUID() } }),
    { ...refusedFor('FORBIDDEN'), platformStaff: 'NOT_FOUND' },
  ),
  dividendReportCsv: row(
    () => ({ query: 'query($a: ID!) { dividendReportCsv(allocationId: $a) }', variables: { a: randomUUID() } }),
    { ...refusedFor('FORBIDDEN'), platformStaff: 'NOT_FOUND' },
  ),
  dividendStatement: row(
    async (w) => ({
      query: 'query($a: ID!, $m: ID!) { dividendStatement(allocationId: $a, memberId: $m) { memberId } }',
      variables: { a: randomUUID(), m: (await w.member()).memberId },
    }),
    { ...refusedFor('FORBIDDEN'), platformStaff: 'NOT_FOUND' },
  ),
  dividendStatements: row(
    async (w) => ({
      query: 'query($m: ID!) { dividendStatements(memberId: $m) { memberId } }',
      variables: { m: (await w.member()).memberId },
    }),
    { ...refusedFor('FORBIDDEN'), platformStaff: OK },
  ),
  dividendPayoutChoice: row(
    async (w) => ({
      query: 'query($m: ID!) { dividendPayoutChoice(memberId: $m) { method } }',
      variables: { m: (await w.member()).memberId },
    }),
    { ...refusedFor('FORBIDDEN'), platformStaff: OK },
  ),
  myNotifications: row(() => ({ query: '{ myNotifications { id } }' }), anyoneLoggedIn),
  unreadNotificationCount: row(() => ({ query: '{ unreadNotificationCount }' }), anyoneLoggedIn),
  wholesaleOffers: row(
    async (w) => (await w.wholesaleNegotiation(), { query: '{ wholesaleOffers { totalCount } }' }),
    wholesaleBrowsing,
  ),
  wholesaleOffer: row(
    async (w) => ({
      query: 'query($id: ID!) { wholesaleOffer(id: $id) { id } }',
      variables: { id: (await w.wholesaleNegotiation()).offerId },
    }),
    wholesaleBrowsing,
  ),
  wholesaleNegotiations: row(
    async (w) => (
      await w.wholesaleNegotiation(),
      { query: 'query($o: ID!) { wholesaleNegotiations(organisationId: $o) { totalCount } }', variables: { o: w.organisationId } }
    ),
    wholesaleOnly,
  ),
  wholesaleNegotiation: row(
    async (w) => ({
      query: 'query($id: ID!) { wholesaleNegotiation(id: $id) { id } }',
      variables: { id: (await w.wholesaleNegotiation()).negotiationId },
    }),
    wholesaleOnly,
  ),
  wholesalePurchaseOrders: row(
    async (w) => (
      await w.wholesaleNegotiation(),
      {
        query: 'query($o: ID!) { wholesalePurchaseOrders(organisationId: $o) { totalCount } }',
        variables: { o: w.organisationId },
      }
    ),
    wholesaleOnly,
  ),
  wholesalePurchaseOrder: row(
    async (w) => ({
      query: 'query($id: ID!) { wholesalePurchaseOrder(id: $id) { id } }',
      variables: { id: await w.wholesaleOrder() },
    }),
    wholesaleOnly,
  ),
  wholesaleInvoices: row(
    async (w) => (
      await w.wholesaleNegotiation(),
      { query: 'query($o: ID!) { wholesaleInvoices(organisationId: $o) { totalCount } }', variables: { o: w.organisationId } }
    ),
    wholesaleOnly,
  ),
  wholesaleInvoice: row(
    async (w) => ({
      query: 'query($id: ID!) { wholesaleInvoice(id: $id) { id } }',
      variables: { id: await w.wholesaleInvoice() },
    }),
    wholesaleOnly,
  ),
  cart: row(() => ({ query: '{ cart { id } }' }), everyone),
  ledgerBalances: row(() => ({ query: '{ ledgerBalances { totalCount } }' }), platformStaffOnly),
  auditEvents: row(() => ({ query: '{ auditEvents { totalCount } }' }), platformStaffOnly),
  trialBalance: row(() => ({ query: '{ trialBalance { __typename } }' }), platformStaffOnly),
  paymentReconciliation: row(() => ({ query: '{ paymentReconciliation { __typename } }' }), platformStaffOnly),
  me: row(
    () => ({ query: '{ me { id } }' }),
    { ...refusedFor('SELF'), guest: 'NOBODY' },
    (data) => (data.me ? 'SELF' : 'NOBODY'),
  ),
  myAddresses: row(() => ({ query: '{ myAddresses { id } }' }), anyoneLoggedIn),
  myCheckout: row((w) => ({ query: 'query($id: ID!) { myCheckout(id: $id) { id } }', variables: { id: w.order.checkoutId } }), {
    // Platform staff read any checkout and order, to help buyers and sellers; a guest needs the checkout's access token.
    ...refusedFor('FORBIDDEN'),
    guest: 'FORBIDDEN',
    buyer: OK,
    platformStaff: OK,
  }),
  myOrders: row(() => ({ query: '{ myOrders { totalCount } }' }), anyoneLoggedIn),
  staffAccounts: row(() => ({ query: '{ staffAccounts { totalCount } }' }), platformStaffOnly),
  verificationQueue: row(() => ({ query: '{ verificationQueue { totalCount } }' }), platformStaffOnly),
  myProducts: row(
    (w) => ({ query: 'query($o: ID) { myProducts(organisationId: $o) { totalCount } }', variables: { o: w.organisationId } }),
    organisationOnly(),
  ),
  myShippingProfile: row(
    (w) => ({
      query: 'query($o: ID) { myShippingProfile(organisationId: $o) { __typename } }',
      variables: { o: w.organisationId },
    }),
    organisationOnly(),
  ),
  sellerOrders: row(
    (w) => ({ query: 'query($o: ID) { sellerOrders(organisationId: $o) { totalCount } }', variables: { o: w.organisationId } }),
    organisationOnly(),
  ),
  order: row((w) => ({ query: 'query($id: ID!) { order(id: $id) { id } }', variables: { id: w.order.orderId } }), {
    ...refusedFor('FORBIDDEN'),
    buyer: OK,
    orgStaff: OK,
    owner: OK,
    platformStaff: OK,
  }),
  payoutAccount: row(
    (w) => ({ query: 'query($o: ID) { payoutAccount(organisationId: $o) { __typename } }', variables: { o: w.organisationId } }),
    organisationOnly(),
  ),
  productImport: row(
    (w) => ({ query: 'query($id: ID!) { productImport(id: $id) { id } }', variables: { id: w.importId } }),
    organisationOnly(),
  ),
  /** A draft is its seller's only (issue 11 item 6). */
  product: row(
    async (w) => ({ query: 'query($id: ID!) { product(id: $id) { id } }', variables: { id: await w.draftProduct() } }),
    { ...refusedFor('NOT_FOUND'), guest: 'NOT_FOUND', orgStaff: OK, owner: OK },
  ),
  /** Public, but its payout account and staff list only for its own people and the platform staff who verify it. */
  organisation: row(
    (w) => ({
      query: 'query($id: ID!) { organisation(id: $id) { payoutAccount staff { role } } }',
      variables: { id: w.organisationId },
    }),
    {
      ...everyone,
      guest: 'HIDDEN',
      buyer: 'HIDDEN',
      otherBuyer: 'HIDDEN',
      otherOrgStaff: 'HIDDEN',
      platformStaff: 'SHOWN',
      orgStaff: 'SHOWN',
      owner: 'SHOWN',
    },
    (data) => {
      const organisation = data.organisation as { payoutAccount: string | null; staff: unknown[] };
      return organisation.payoutAccount === null && organisation.staff.length === 0 ? 'HIDDEN' : 'SHOWN';
    },
  ),
};

/** Queries anyone may make, with why: everything they return is meant to be public. */
export const PUBLIC_QUERIES: Record<string, string> = {
  countries: 'the ISO country list for address forms',
  membershipTerms: 'share price and class minimums are policy, public',
  policyParameters: 'the policy in force is public',
  policyHistory: 'who changed the policy, when and through which proposal, is public',
  proposals: 'proposals are public once published (drafts only for their author)',
  proposal: 'a published proposal (a draft is NOT_FOUND but for its author)',
  publishedBallots: 'the counted ballots of a closed vote, without who cast them',
  checkReceipt: 'whether a receipt is in the published list',
  errorCodes: 'the list of error codes, kinds and default messages, the same for everyone',
  devMail: 'the development mailbox: only without SMTP_URL (a developer’s machine), where every mail is meant to be read',
  devMailAttachment: 'the development mailbox, as devMail',
  devMailbox: 'the development mailbox, as devMail',
  devMailboxEnabled: 'whether the development mailbox exists',
  categories: 'the category tree',
  listedProducts: 'listings on sale',
  searchProducts: 'listings on sale',
  organisations: 'public profiles (private fields are checked on organisation)',
  seller: 'a seller’s public profile and listings',
  sellerRatings: 'ratings are public by design',
  paymentConfig: 'which payment form to show',
  provenanceLot: 'provenance is public so anyone can check it',
  provenanceLots: 'provenance is public',
  provenanceSummary: 'provenance is public',
  provenanceExport: 'provenance is public, for offline verification',
  provenanceEpcis: 'provenance is public, for other traceability systems',
  verifyProvenance: 'anyone may verify a chain',
  coopTradeStatistics: 'the movement’s statistics, only aggregates of three trades or more',
};
