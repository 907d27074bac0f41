import {
  addToCart,
  CHECKOUT_FIELDS,
  checkoutCart,
  createCategories,
  createSellerOrganisation,
  createTestApp,
  registerAccount,
  registerStaff,
  TestApp,
  TestCheckout,
} from '@allmende/testing';

const NGO = `query($id: ID!) { organisation(id: $id) { name donationsReceived { amount currency } } }`;

describe('an NGO’s page shows what it has received', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('sums the friendly percent of paid sales, from the ledger', async () => {
    const categories = await createCategories(app.dataSource, { tea: 'Tea' });
    const staff = await registerStaff(app.gql, app.dataSource);
    const ngoOwner = await registerAccount(app.gql, 'Well Builder');
    const ngoId = await createSellerOrganisation(ngoOwner, 'Wells for All e.V.', 'NGO');
    await staff.gql.ok(`mutation($id: ID!) { verifyOrganisation(id: $id) { isVerified } }`, { id: ngoId });
    expect(
      (await app.gql.ok<{ organisation: { donationsReceived: unknown[] } }>(NGO, { id: ngoId })).organisation.donationsReceived,
    ).toEqual([]);

    const seller = await registerAccount(app.gql, 'Generous Seller');
    const organisationId = await createSellerOrganisation(seller, 'Generous Tea Co-op');
    const { createProduct } = await seller.gql.ok<{ createProduct: { id: string } }>(
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      {
        input: {
          organisationId,
          title: 'Black tea',
          description: 'Strong.',
          categoryId: categories.tea,
          price: { amount: 1190, currency: 'EUR' },
          vatRateBp: 1900,
          stock: 10,
          friendlyPercent: 10,
          donationOrganisationId: ngoId,
        },
      },
    );
    await seller.gql.ok(`mutation($id: ID!) { activateProduct(id: $id) { state } }`, { id: createProduct.id });

    const buyer = await registerAccount(app.gql, 'Tea Buyer');
    await addToCart(buyer.gql, createProduct.id, 2);
    const checkout = await checkoutCart(buyer);
    const paid = (
      await buyer.gql.ok<{ payCheckoutOffline: TestCheckout }>(
        `mutation($id: ID!) { payCheckoutOffline(checkoutId: $id) { ${CHECKOUT_FIELDS} } }`,
        { id: checkout.id },
      )
    ).payCheckoutOffline;
    const donation = paid.orders[0].fees.donation.amount;
    expect(donation).toBe(200); // 10 % of the net 2 × 10.00

    const { organisation } = await app.gql.ok<{ organisation: { donationsReceived: { amount: number; currency: string }[] } }>(
      NGO,
      {
        id: ngoId,
      },
    );
    expect(organisation.donationsReceived).toEqual([{ amount: donation, currency: 'EUR' }]);
  });
});
