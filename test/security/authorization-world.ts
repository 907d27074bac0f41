import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  addToCart,
  BERLIN_ADDRESS,
  checkoutCart,
  createActiveProduct,
  createCategories,
  createSellerOrganisation,
  registerAccount,
  registerStaff,
  setDeliveryAddress,
  TEST_PASSWORD,
  TestAccount,
  TestApp,
} from '@allmende/testing';
import type { Role } from './authorization-matrix';
import { joinAsMember, TestMember } from '../governance/governance-helpers';

export interface TestOrderRef {
  orderId: string;
  checkoutId: string;
}

/**
 * The marketplace the authorization matrix runs in: organisation A (owner, a staff member, a
 * listing, a lot, a CSV import), organisation B with a staff member, two buyers and platform staff.
 * Methods make a fresh target for one cell (a paid order, a draft), so no cell depends on another.
 */
export class AuthWorld {
  readonly password = TEST_PASSWORD;
  accounts = {} as Record<Exclude<Role, 'guest'>, TestAccount>;
  organisationId = '';
  otherOrganisationId = '';
  categoryId = '';
  productId = '';
  lotId = '';
  freshRecordId = '';
  importId = '';
  order: TestOrderRef = { orderId: '', checkoutId: '' };
  loginAccount!: TestAccount;
  private time = Date.UTC(2025, 0, 1);

  constructor(private readonly app: TestApp) {}

  async build(): Promise<this> {
    const { gql, dataSource } = this.app;
    ({ things: this.categoryId } = await createCategories(dataSource, { things: 'Things' }));
    const owner = await registerAccount(gql, 'Owner');
    const orgStaff = await registerAccount(gql, 'Org Staff');
    const otherOwner = await registerAccount(gql, 'Other Owner');
    const otherOrgStaff = await registerAccount(gql, 'Other Org Staff');
    this.accounts = {
      owner,
      orgStaff,
      otherOrgStaff,
      buyer: await registerAccount(gql, 'Buyer'),
      otherBuyer: await registerAccount(gql, 'Other Buyer'),
      platformStaff: await registerStaff(gql, dataSource),
    };
    this.loginAccount = await registerAccount(gql, 'Logs In');
    this.organisationId = await createSellerOrganisation(owner, 'Org A');
    this.otherOrganisationId = await createSellerOrganisation(otherOwner, 'Org B');
    const ADD_STAFF =
      'mutation($o: ID!, $e: String!) { addOrganisationStaff(organisationId: $o, input: { email: $e }) { role } }';
    await owner.gql.ok(ADD_STAFF, { o: this.organisationId, e: orgStaff.email });
    await otherOwner.gql.ok(ADD_STAFF, { o: this.otherOrganisationId, e: otherOrgStaff.email });
    this.productId = await this.activeProduct();
    this.lotId = (
      await owner.gql.ok<{ createProvenanceLot: { id: string } }>(
        'mutation($input: CreateLotInput!) { createProvenanceLot(input: $input) { id } }',
        { input: { organisationId: this.organisationId, code: 'A-1', name: 'Coffee', custodyModel: 'SEGREGATED' } },
      )
    ).createProvenanceLot.id;
    this.freshRecordId = (
      await owner.gql.ok<{ appendProvenanceRecord: { id: string } }>(
        'mutation($l: ID!, $input: AppendRecordInput!) { appendProvenanceRecord(lotId: $l, input: $input) { id } }',
        { l: this.lotId, input: { kind: 'ORIGIN', occurredAt: this.nextTime(), place: { name: 'Finca', country: 'MX' } } },
      )
    ).appendProvenanceRecord.id;
    this.order = await this.paidOrder();
    const upload = await request(this.app.server.app.getHttpServer())
      .post('/catalog/imports')
      .query({ organisationId: this.organisationId })
      .set('Content-Type', 'text/csv')
      .set('Authorization', `Bearer ${owner.token}`)
      .send('sku,title,description,category,price,vat_rate,stock\nA-1,Coffee,Good coffee,things,12.99,19,5\n');
    if (upload.status !== 202) throw new Error(`CSV upload refused: ${JSON.stringify(upload.body)}`);
    this.importId = upload.body.id;
    return this;
  }

  private wholesaleBuyer: TestAccount | null = null;
  private wholesaleBuyerOrganisationId = '';
  private owedOfferId = '';

  /**
   * A wholesale offer of organisation A (verified for it), and a request for quote on it from a
   * third verified co-op that is none of the roles'.
   */
  async wholesaleNegotiation(): Promise<{ offerId: string; negotiationId: string }> {
    const staff = this.accounts.platformStaff;
    if (!this.wholesaleBuyer) {
      this.wholesaleBuyer = await registerAccount(this.app.gql, 'Wholesale Buyer');
      this.wholesaleBuyerOrganisationId = await createSellerOrganisation(this.wholesaleBuyer, 'Buyer Co-op');
      for (const id of [this.organisationId, this.wholesaleBuyerOrganisationId]) {
        await staff.gql.ok('mutation($id: ID!) { verifyOrganisation(id: $id) { id } }', { id });
      }
    }
    const { publishWholesaleOffer } = await this.accounts.owner.gql.ok<{ publishWholesaleOffer: { id: string } }>(
      'mutation($input: PublishOfferInput!) { publishWholesaleOffer(input: $input) { id } }',
      { input: this.wholesaleOfferInput() },
    );
    const { requestWholesaleQuote } = await this.wholesaleBuyer.gql.ok<{ requestWholesaleQuote: { id: string } }>(
      'mutation($input: RequestQuoteInput!) { requestWholesaleQuote(input: $input) { id } }',
      {
        input: {
          offerId: publishWholesaleOffer.id,
          organisationId: this.wholesaleBuyerOrganisationId,
          quantity: 20,
          deliveryDate: '2099-01-01',
        },
      },
    );
    return { offerId: publishWholesaleOffer.id, negotiationId: requestWholesaleQuote.id };
  }

  wholesaleOfferInput() {
    return {
      organisationId: this.organisationId,
      productId: this.productId,
      title: 'Coffee, wholesale',
      unit: 'KGM',
      totalQuantity: 500,
      minimumQuantity: 10,
      tiers: [{ minQuantity: 10, unitPrice: 800 }],
      currency: 'EUR',
      vatRateBp: 700,
      incoterm: 'FCA',
      incotermPlace: 'Warehouse',
      leadTimeDays: 7,
      validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    };
  }

  /** A purchase order organisation A sells (accepted by its owner). */
  async wholesaleOrder(): Promise<string> {
    const { negotiationId } = await this.wholesaleNegotiation();
    const { acceptWholesaleProposal } = await this.accounts.owner.gql.ok<{ acceptWholesaleProposal: { id: string } }>(
      'mutation($id: ID!) { acceptWholesaleProposal(negotiationId: $id) { id } }',
      { id: negotiationId },
    );
    return acceptWholesaleProposal.id;
  }

  /** An invoice of organisation A for half of a fresh purchase order. */
  async wholesaleInvoice(): Promise<string> {
    const orderId = await this.wholesaleOrder();
    await this.accounts.owner.gql.ok(
      'mutation($id: ID!) { recordWholesaleDelivery(purchaseOrderId: $id, input: { quantity: 10, note: "Half" }) { id } }',
      { id: orderId },
    );
    const [row] = await this.app.dataSource.query('SELECT id FROM wholesale_invoice WHERE purchase_order_id = $1', [orderId]);
    return row.id;
  }

  /** An invoice organisation A owes: the buyer co-op of the wholesale rows sells to A, half of a fresh order delivered. */
  async wholesaleInvoiceOwed(): Promise<string> {
    await this.wholesaleNegotiation();
    const seller = this.wholesaleBuyer!;
    if (!this.owedOfferId) {
      const { createProduct } = await seller.gql.ok<{ createProduct: { id: string } }>(
        'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
        {
          input: {
            organisationId: this.wholesaleBuyerOrganisationId,
            title: 'Cacao',
            description: 'Beans',
            categoryId: this.categoryId,
            price: { amount: 500, currency: 'EUR' },
            vatRateBp: 700,
            stock: 5,
          },
        },
      );
      const { publishWholesaleOffer } = await seller.gql.ok<{ publishWholesaleOffer: { id: string } }>(
        'mutation($input: PublishOfferInput!) { publishWholesaleOffer(input: $input) { id } }',
        {
          input: {
            ...this.wholesaleOfferInput(),
            organisationId: this.wholesaleBuyerOrganisationId,
            productId: createProduct.id,
            totalQuantity: 5000,
          },
        },
      );
      this.owedOfferId = publishWholesaleOffer.id;
    }
    const { requestWholesaleQuote } = await this.accounts.owner.gql.ok<{ requestWholesaleQuote: { id: string } }>(
      'mutation($input: RequestQuoteInput!) { requestWholesaleQuote(input: $input) { id } }',
      { input: { offerId: this.owedOfferId, organisationId: this.organisationId, quantity: 20, deliveryDate: '2099-01-01' } },
    );
    const { acceptWholesaleProposal } = await seller.gql.ok<{ acceptWholesaleProposal: { id: string } }>(
      'mutation($id: ID!) { acceptWholesaleProposal(negotiationId: $id) { id } }',
      { id: requestWholesaleQuote.id },
    );
    await seller.gql.ok(
      'mutation($id: ID!) { recordWholesaleDelivery(purchaseOrderId: $id, input: { quantity: 10, note: "Half" }) { id } }',
      { id: acceptWholesaleProposal.id },
    );
    const [row] = await this.app.dataSource.query('SELECT id FROM wholesale_invoice WHERE purchase_order_id = $1', [
      acceptWholesaleProposal.id,
    ]);
    return row.id;
  }

  /** A raw query on the world's database, to arrange a target. */
  query(sql: string, parameters: unknown[] = []): Promise<Record<string, string>[]> {
    return this.app.dataSource.query(sql, parameters);
  }

  tokenOf(role: Role): string | null {
    return role === 'guest' ? null : this.accounts[role].token;
  }

  nextTime(): string {
    this.time += 3_600_000;
    return new Date(this.time).toISOString();
  }

  freshAccount(): Promise<TestAccount> {
    return registerAccount(this.app.gql, 'Candidate');
  }

  activeProduct(): Promise<string> {
    return createActiveProduct(this.accounts.owner, this.organisationId, {
      title: 'Coffee',
      categoryId: this.categoryId,
      priceCents: 1000,
      stock: 1000,
    });
  }

  async draftProduct(): Promise<string> {
    const { createProduct } = await this.accounts.owner.gql.ok<{ createProduct: { id: string } }>(
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
      {
        input: {
          organisationId: this.organisationId,
          title: 'Draft',
          description: 'Complete',
          categoryId: this.categoryId,
          price: { amount: 500, currency: 'EUR' },
          vatRateBp: 700,
          stock: 5,
        },
      },
    );
    return createProduct.id;
  }

  async unpaidCheckout(): Promise<TestOrderRef> {
    await addToCart(this.accounts.buyer.gql, this.productId, 1);
    const checkout = await checkoutCart(this.accounts.buyer);
    return { checkoutId: checkout.id, orderId: checkout.orders[0].id };
  }

  async paidOrder(): Promise<TestOrderRef> {
    const order = await this.unpaidCheckout();
    await this.accounts.buyer.gql.ok('mutation($id: ID!) { payCheckoutOffline(checkoutId: $id) { id } }', {
      id: order.checkoutId,
    });
    return order;
  }

  async shippedOrder(): Promise<TestOrderRef> {
    const order = await this.paidOrder();
    await this.accounts.owner.gql.ok('mutation($id: ID!) { markOrderShipped(id: $id) { id } }', { id: order.orderId });
    return order;
  }

  async deliveredOrder(): Promise<TestOrderRef> {
    const order = await this.shippedOrder();
    await this.accounts.buyer.gql.ok('mutation($id: ID!) { confirmDelivery(id: $id) { id } }', { id: order.orderId });
    return order;
  }

  async guestCartToken(): Promise<string> {
    const cart = await addToCart(this.app.gql, this.productId, 1);
    return cart.token!;
  }

  /** The role's session with the listing in its cart (a guest has none: its cart goes by token). */
  async sessionWithCart(role: Role): Promise<string | null> {
    if (role === 'guest') return null;
    await addToCart(this.accounts[role].gql, this.productId, 1);
    return this.accounts[role].token;
  }

  /** A cart with the listing and a delivery address, ready for "pay": the role's session, or a guest's cart token. */
  async cartReadyToPay(role: Role): Promise<{ token: string | null; cartToken: string | null }> {
    if (role === 'guest') {
      const cartToken = await this.guestCartToken();
      await setDeliveryAddress(this.app.gql, BERLIN_ADDRESS, { email: 'guest@example.org', cartToken });
      return { token: null, cartToken };
    }
    const token = await this.sessionWithCart(role);
    await setDeliveryAddress(this.accounts[role].gql);
    return { token, cartToken: null };
  }

  /** A guest's checkout placed with the buyer's e-mail address, for the buyer to claim. */
  async guestCheckoutOfBuyer(): Promise<{ checkoutId: string; accessToken: string }> {
    const cartToken = await this.guestCartToken();
    await setDeliveryAddress(this.app.gql, BERLIN_ADDRESS, { email: this.accounts.buyer.email, cartToken });
    const { checkout } = await this.app.gql.ok<{ checkout: { id: string; accessToken: string } }>(
      'mutation($k: String!, $t: String) { checkout(idempotencyKey: $k, cartToken: $t) { id accessToken } }',
      { k: randomUUID(), t: cartToken },
    );
    return { checkoutId: checkout.id, accessToken: checkout.accessToken };
  }

  /** An address in the buyer's address book. */
  async buyerAddress(): Promise<string> {
    const { saveAddress } = await this.accounts.buyer.gql.ok<{ saveAddress: { id: string } }>(
      'mutation($input: AddressInput!) { saveAddress(input: $input) { id } }',
      { input: BERLIN_ADDRESS },
    );
    return saveAddress.id;
  }

  /** A new session of the role's account, for calls that end it. */
  async freshSession(role: Role): Promise<string | null> {
    if (role === 'guest') return null;
    const { login } = await this.app.gql.ok<{ login: { token: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email: this.accounts[role].email, password: TEST_PASSWORD } },
    );
    return login.token;
  }

  unverifiedCooperative(): Promise<string> {
    return createSellerOrganisation(this.accounts.otherBuyer, `Co-op ${Date.now()}`, 'COOPERATIVE');
  }

  private sharedMember: TestMember | null = null;
  private proposals = new Map<string, string>();

  /** A member in good standing (a fresh one when `fresh`, else one shared by the cells that do not change it). */
  async member(fresh = false): Promise<TestMember> {
    if (fresh) return joinAsMember(this.app, 'CONSUMER', 'Matrix Member');
    this.sharedMember ??= await joinAsMember(this.app, 'PRODUCER', 'Matrix Author');
    return this.sharedMember;
  }

  /** A membership applied for and not yet paid: its member and purchase ids. */
  async applicant(): Promise<{ memberId: string; purchaseId: string }> {
    const account = await registerAccount(this.app.gql, 'Matrix Applicant');
    const { joinCoop } = await account.gql.ok<{ joinCoop: { member: { id: string }; purchase: { id: string } } }>(
      `mutation { joinCoop(input: { memberClass: CONSUMER, shares: 1 }) { member { id } purchase { id } } }`,
    );
    return { memberId: joinCoop.member.id, purchaseId: joinCoop.purchase.id };
  }

  /** A suspended member. */
  async suspendedMember(): Promise<string> {
    const member = await this.member(true);
    await this.app.dataSource.query(`UPDATE member SET status = 'SUSPENDED' WHERE id = $1`, [member.memberId]);
    return member.memberId;
  }

  /** The shared member's proposal in the state asked for (DRAFT, DELIBERATION or VOTING), made once. */
  async proposal(state: 'DRAFT' | 'DELIBERATION' | 'VOTING'): Promise<string> {
    const known = this.proposals.get(state);
    if (known) return known;
    const author = await this.member();
    const { createProposal } = await author.gql.ok<{ createProposal: { id: string } }>(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
      {
        input: {
          kind: 'GENERAL',
          title: `Matrix ${state}`,
          problemStatement: 'A problem worth a proposal.',
          body: 'Text',
          pollType: 'CONSENT',
        },
      },
    );
    const id = createProposal.id;
    if (state !== 'DRAFT') await author.gql.ok(`mutation($id: ID!) { publishProposal(id: $id) { id } }`, { id });
    if (state === 'VOTING') {
      // Straight to an open vote: the matrix asks who may vote, not how voting opens.
      await this.app.dataSource.query(
        `UPDATE proposal SET state = 'VOTING', voting_opened_at = now(), voting_closes_at = now() + interval '7 days', electorate_size = 0,
           rules = '{"weighting":"CLASS_WEIGHTS","classWeight":{"CONSUMER":3000,"PRODUCER":3000,"WORKER":2500,"INVESTOR":1500},"investorCapBp":2500,"dualMajority":false,"quorumBp":2000,"threshold":"1/2","blockStops":true}'
         WHERE id = $1`,
        [id],
      );
    }
    this.proposals.set(state, id);
    return id;
  }

  private fiscalYears = 0;

  /** A fiscal year of the past, OPEN or CLOSED, written straight into its table (a fresh one each call). */
  async fiscalYear(state: 'OPEN' | 'CLOSED'): Promise<string> {
    const start = 1800 + ++this.fiscalYears;
    const [row] = await this.app.dataSource.query(
      `INSERT INTO fiscal_year (label, starts_at, ends_at, state, closed_at)
       VALUES ($1, make_timestamptz($2, 1, 1, 0, 0, 0, 'UTC'), make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'UTC'), $3, $4) RETURNING id`,
      [`Matrix ${start}`, start, state, state === 'CLOSED' ? new Date() : null],
    );
    return row.id;
  }

  /** A worker member (written straight into the table; hours are recorded for workers only). */
  async workerMember(): Promise<string> {
    const account = await this.freshAccount();
    const [row] = await this.app.dataSource.query(
      `INSERT INTO member (account_id, applied_by, member_class, status, joined_at) VALUES ($1, $1, 'WORKER', 'ACTIVE', now()) RETURNING id`,
      [account.id],
    );
    return row.id;
  }
}
