import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import {
  addToCart,
  BERLIN_ADDRESS,
  checkoutCart,
  COMPLETE_LEGAL_DETAILS,
  createCategories,
  createShop,
  createTestApp,
  readMails,
  registerAccount,
  TestAccount,
  TestApp,
  TestShop,
  waitForMail,
} from '@allmende/testing';

const PAY = `mutation($id: ID!) { payCheckoutOffline(checkoutId: $id) { id orders { id } } }`;
const SHIP = `mutation($id: ID!) { markOrderShipped(id: $id, carrier: "DHL", trackingCode: "00340434161094042557") { state } }`;
const REFUND = `mutation($id: ID!) { refundOrder(id: $id, input: { amount: { amount: 500, currency: "EUR" }, reason: RETURNED, idempotencyKey: "mail-test-refund" }) { id } }`;
const NUMBER = `query($id: ID!) { order(id: $id) { number } }`;

describe('order mail: confirmation with the seller’s terms and a PDF, shipment, refund, new order to sellers', () => {
  let app: TestApp;
  let coffee: TestShop;
  let tea: TestShop;
  let buyer: TestAccount;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    const { food } = await createCategories(app.dataSource, { food: 'Food' });
    coffee = await createShop(app.gql, 'Café Chiapas', food, [
      { title: 'Highland coffee', priceCents: 1190, stock: 10, fair: true },
    ]);
    tea = await createShop(app.gql, 'Darjeeling Co-op', food, [{ title: 'First flush tea', priceCents: 899, stock: 10 }]);
    // The tea co-op writes its own terms; the buyer reads mail in German.
    await tea.owner.gql.ok(
      `mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }`,
      {
        id: tea.organisationId,
        input: { terms: 'Lieferung nur innerhalb der EU.', withdrawalPolicy: 'Du kannst binnen 14 Tagen widerrufen.' },
      },
    );
    buyer = await registerAccount(app.gql, 'Greta Buyer');
    await app.dataSource.query(`UPDATE account SET locale = 'de' WHERE id = $1`, [buyer.id]);
  });

  async function buyBoth(): Promise<{ coffeeOrder: string; teaOrder: string }> {
    await addToCart(buyer.gql, coffee.productIds[0], 2);
    await addToCart(buyer.gql, tea.productIds[0], 1);
    const checkout = await checkoutCart(buyer);
    await buyer.gql.ok(PAY, { id: checkout.id });
    const orderOf = (name: string) => checkout.orders.find((order) => order.seller.name === name)!.id;
    return { coffeeOrder: orderOf('Café Chiapas'), teaOrder: orderOf('Darjeeling Co-op') };
  }

  it('confirms each paid order to the buyer in German, with the seller’s legal details, terms, withdrawal policy and a PDF', async () => {
    const { teaOrder } = await buyBoth();
    const { order } = await buyer.gql.ok<{ order: { number: number } }>(NUMBER, { id: teaOrder });

    const mails = await waitForMails(2);
    const confirmation = mails.find((m) => m.subject === `Bestellbestätigung ${order.number} bei Darjeeling Co-op`)!;
    expect(confirmation.to).toBe(buyer.email);
    expect(confirmation.text).toContain('Hallo Greta Buyer,');
    expect(confirmation.text).toContain('1 × First flush tea: 8,99\u00a0€');
    expect(confirmation.text).toContain(COMPLETE_LEGAL_DETAILS.legalName);
    expect(confirmation.text).toContain(COMPLETE_LEGAL_DETAILS.imprint);
    expect(confirmation.text).toContain('AGB\n---\nLieferung nur innerhalb der EU.');
    expect(confirmation.text).toContain('Widerrufsbelehrung\n------------------\nDu kannst binnen 14 Tagen widerrufen.');
    expect(confirmation.attachments).toEqual([
      { filename: `agb-widerruf-bestellung-${order.number}.pdf`, contentType: 'application/pdf', size: expect.any(Number) },
    ]);
    const pdf = readFileSync(join(app.dataDir, 'mail', confirmation.id, `0-agb-widerruf-bestellung-${order.number}.pdf`));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBe(confirmation.attachments[0].size);

    // Each seller's owner hears of the new order, in English (their language).
    const newOrder = await waitForMail(app, tea.owner.email, 'new-order');
    expect(newOrder.subject).toBe(`New order ${order.number}`);
    expect(newOrder.text).toContain('Greta Buyer has ordered from Darjeeling Co-op and paid. Please ship the order.');
    await waitForMail(app, coffee.owner.email, 'new-order');
  });

  it('tells the buyer of the shipment with the tracking number, and of a refund with its amount', async () => {
    const { coffeeOrder } = await buyBoth();
    const { order } = await buyer.gql.ok<{ order: { number: number } }>(NUMBER, { id: coffeeOrder });
    await coffee.owner.gql.ok(SHIP, { id: coffeeOrder });
    const shipped = await waitForMail(app, buyer.email, 'order-shipped');
    expect(shipped.subject).toBe(`Bestellung ${order.number} ist unterwegs`);
    expect(shipped.text).toContain('Die Sendungsnummer (DHL): 00340434161094042557');

    await coffee.owner.gql.ok(REFUND, { id: coffeeOrder });
    const refund = await waitForMail(app, buyer.email, 'order-refunded');
    expect(refund.subject).toBe(`Erstattung für Bestellung ${order.number}`);
    // 2 × 11.90 plus the seller's shipping; 5.00 of it back.
    expect(refund.text).toContain(`Café Chiapas hat dir 5,00\u00a0€ für die Bestellung ${order.number} erstattet.`);
  });

  it('writes a guest’s confirmation in the language the guest shopped in', async () => {
    const cart = await addToCart(app.gql, tea.productIds[0], 1);
    await app.gql.ok(
      `mutation($address: PostalAddressInput, $email: String, $locale: String, $cartToken: String) {
        setDeliveryAddress(address: $address, email: $email, locale: $locale, cartToken: $cartToken) { itemCount }
      }`,
      { address: BERLIN_ADDRESS, email: 'gast@example.org', locale: 'de', cartToken: cart.token },
    );
    const { checkout } = await app.gql.ok<{ checkout: { id: string; accessToken: string } }>(
      `mutation($key: String!, $cartToken: String) { checkout(idempotencyKey: $key, cartToken: $cartToken) { id accessToken } }`,
      { key: 'guest-de', cartToken: cart.token },
    );
    await app.gql.ok(`mutation($id: ID!, $token: String) { payCheckoutOffline(checkoutId: $id, accessToken: $token) { id } }`, {
      id: checkout.id,
      token: checkout.accessToken,
    });
    const confirmation = await waitForMail(app, 'gast@example.org', 'order-confirmation');
    expect(confirmation.subject).toMatch(/^Bestellbestätigung \d+ bei Darjeeling Co-op$/);
    expect(confirmation.text).toContain(`Hallo ${BERLIN_ADDRESS.name},`);
  });

  async function waitForMails(confirmations: number) {
    for (let i = 0; i < 100; i++) {
      const mails = (await readMails(app)).filter((m) => m.kind === 'order-confirmation');
      if (mails.length >= confirmations) return mails;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The order confirmations did not arrive');
  }
});
