import {
  createActiveProduct,
  createCategories,
  createSellerOrganisation,
  createTestApp,
  registerAccount,
  TestApp,
} from '@allmende/testing';

const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id state } }`;
const UPDATE = `mutation($id: ID!, $input: ProductFieldsInput!) { updateProduct(id: $id, input: $input) { id title stock state } }`;
const ACTIVATE = `mutation($id: ID!) { activateProduct(id: $id) { id state publishedAt } }`;
const PRODUCT = `query($id: ID!) {
  product(id: $id) {
    title state buyable price { amount currency formatted } unitPrice { per price { amount } }
    images { url alt position } category { slug name(locale: "de") }
    seller { name kind commercial verified vacationMode }
    priceBreakdown { gross { amount } vat { amount } donation { amount } platformFee { amount } fairFund { amount } producerShare { amount } }
  }
}`;

describe('catalog: listings', () => {
  let app: TestApp;
  let categories: Record<string, string>;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    categories = await createCategories(app.dataSource, { coffee: 'Coffee', tea: 'Tea' });
  });

  it('creates a draft, activates it, and shows price, unit price, gallery, seller and where the price goes', async () => {
    const owner = await registerAccount(app.gql, 'Coffee Owner');
    const organisationId = await createSellerOrganisation(owner, 'Café Chiapas');
    const { createProduct } = await owner.gql.ok<{ createProduct: { id: string; state: string } }>(CREATE, {
      input: {
        organisationId,
        title: 'Highland coffee, whole beans',
        description: 'Washed arabica from Chiapas.',
        categoryId: categories.coffee,
        price: { amount: 1190, currency: 'EUR' },
        vatRateBp: 1900,
        stock: 5,
        fair: true,
        fairSeal: 'Fairtrade',
        unitQuantity: 0.25,
        unit: 'KG',
        images: [
          { url: 'https://img.example/front.jpg', alt: 'The bag' },
          { url: 'https://img.example/beans.jpg', alt: 'The beans' },
        ],
      },
    });
    expect(createProduct.state).toBe('DRAFT');
    const activated = await owner.gql.ok<{ activateProduct: { state: string; publishedAt: string } }>(ACTIVATE, {
      id: createProduct.id,
    });
    expect(activated.activateProduct.state).toBe('ACTIVE');

    type ProductView = { images: { alt: string }[]; priceBreakdown: Record<string, { amount: number }> };
    const { product } = await app.gql.ok<{ product: ProductView }>(PRODUCT, { id: createProduct.id });
    expect(product).toMatchObject({
      state: 'ACTIVE',
      buyable: true,
      price: { amount: 1190, currency: 'EUR', formatted: '€11.90' },
      unitPrice: { per: 'kg', price: { amount: 4760 } },
      category: { slug: 'coffee', name: 'Coffee' },
      seller: { name: 'Café Chiapas', kind: 'ORGANISATION', commercial: true, verified: false, vacationMode: false },
    });
    expect(product.images.map((image: { alt: string }) => image.alt)).toEqual(['The bag', 'The beans']);
    const parts = product.priceBreakdown;
    expect(parts).toMatchObject({
      vat: { amount: 190 },
      platformFee: { amount: 36 },
      fairFund: { amount: 12 },
      producerShare: { amount: 952 },
    });
    const sum = ['vat', 'donation', 'platformFee', 'fairFund', 'producerShare'].reduce(
      (total, key) => total + parts[key].amount,
      0,
    );
    expect(sum).toBe(parts.gross.amount);
  });

  it('lets only the seller edit a listing, and writes nothing otherwise', async () => {
    const owner = await registerAccount(app.gql, 'Owner');
    const other = await registerAccount(app.gql, 'Other Producer');
    const organisationId = await createSellerOrganisation(owner);
    const id = await createActiveProduct(owner, organisationId, {
      title: 'Green tea',
      categoryId: categories.tea,
      priceCents: 500,
    });

    expect(await other.gql.errorCode(UPDATE, { id, input: { title: 'Mine now' } })).toBe('FORBIDDEN');
    expect(await app.gql.errorCode(UPDATE, { id, input: { title: 'Mine now' } })).toBe('UNAUTHENTICATED');
    expect(await other.gql.errorCode(`mutation($id: ID!) { closeProduct(id: $id) { state } }`, { id })).toBe('FORBIDDEN');
    const { product } = await app.gql.ok<{ product: { title: string; state: string } }>(PRODUCT, { id });
    expect(product).toMatchObject({ title: 'Green tea', state: 'ACTIVE' });
  });

  it('keeps an organisation without legal details from going live', async () => {
    const owner = await registerAccount(app.gql, 'Hasty Owner');
    const { createOrganisation } = await owner.gql.ok<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(input: { name: "No Papers Ltd", kind: COMPANY }) { id } }`,
    );
    const { createProduct } = await owner.gql.ok<{ createProduct: { id: string } }>(CREATE, {
      input: {
        organisationId: createOrganisation.id,
        title: 'Tea',
        description: 'Tea.',
        categoryId: categories.tea,
        price: { amount: 300, currency: 'EUR' },
        vatRateBp: 700,
        stock: 1,
      },
    });
    const response = await owner.gql.request(ACTIVATE, { id: createProduct.id });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'LEGAL_DETAILS_MISSING',
      missing: expect.arrayContaining(['legalName', 'imprint']),
    });
    const [row] = await app.dataSource.query(`SELECT state FROM product WHERE id = $1`, [createProduct.id]);
    expect(row.state).toBe('DRAFT');
  });

  it('refuses unsupported claims and bad input with clear codes', async () => {
    const owner = await registerAccount(app.gql, 'Claims Owner');
    const base = {
      title: 'Socks',
      description: 'Warm.',
      categoryId: categories.tea,
      price: { amount: 900, currency: 'EUR' },
      vatRateBp: 1900,
    };
    expect(await owner.gql.errorCode(CREATE, { input: { ...base, fair: true } })).toBe('FAIR_CLAIM_UNSUPPORTED');
    expect(await owner.gql.errorCode(CREATE, { input: { ...base, price: { amount: -5, currency: 'EUR' } } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await owner.gql.errorCode(CREATE, { input: { ...base, friendlyPercent: 7 } })).toBe('BAD_USER_INPUT');
    // The fee limits are euro amounts: a 0.10 minimum fee would be 10 yen.
    expect(await owner.gql.errorCode(CREATE, { input: { ...base, price: { amount: 900, currency: 'JPY' } } })).toBe(
      'FEE_CURRENCY_UNSUPPORTED',
    );
    expect(await owner.gql.errorCode(CREATE, { input: { ...base, categoryId: '00000000-0000-4000-8000-000000000000' } })).toBe(
      'UNKNOWN_CATEGORY',
    );
    expect(
      await owner.gql.errorCode(CREATE, { input: { ...base, friendlyPercent: 10, donationOrganisationId: categories.tea } }),
    ).toBe('NOT_FOUND');
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM product`);
    expect(n).toBe(0);
  });

  it('sells out at zero stock, comes back with new stock, and is not buyable while the seller is on vacation', async () => {
    const owner = await registerAccount(app.gql, 'Stock Owner');
    const organisationId = await createSellerOrganisation(owner);
    const id = await createActiveProduct(owner, organisationId, {
      title: 'Rooibos',
      categoryId: categories.tea,
      priceCents: 450,
    });
    expect(
      (await owner.gql.ok<{ updateProduct: { state: string } }>(UPDATE, { id, input: { stock: 0 } })).updateProduct.state,
    ).toBe('SOLD_OUT');
    expect(
      (await owner.gql.ok<{ updateProduct: { state: string } }>(UPDATE, { id, input: { stock: 3 } })).updateProduct.state,
    ).toBe('ACTIVE');

    await owner.gql.ok(`mutation($org: String) { setVacationMode(on: true, organisationId: $org) { vacationMode } }`, {
      org: organisationId,
    });
    const { product } = await app.gql.ok<{ product: { state: string; buyable: boolean } }>(PRODUCT, { id });
    expect(product).toMatchObject({ state: 'ACTIVE', buyable: false });
  });
});
