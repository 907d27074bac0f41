import { Browser, Page } from 'playwright-core';
import {
  createActiveProduct,
  createCategories,
  createSellerOrganisation,
  launchBrowser,
  registerAccount,
  startTestServer,
  TEST_PASSWORD,
  TestAccount,
  TestApp,
} from '@allmende/testing';

const APPEND = `mutation($lotId: ID!, $input: AppendRecordInput!) { appendProvenanceRecord(lotId: $lotId, input: $input) { id } }`;
const FINCA = { name: 'Finca La Esperanza', country: 'MX', latitude: 15.17, longitude: -92.34 };
const VERACRUZ = { name: 'Port of Veracruz', country: 'MX', latitude: 19.2, longitude: -96.13 };
const HAMBURG = { name: 'Port of Hamburg', country: 'DE', latitude: 53.54, longitude: 9.98 };

describe('storefront: provenance timeline and dashboard (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let grower: TestAccount;
  let roaster: TestAccount;
  let growerOrg: string;
  let roasterOrg: string;

  beforeAll(async () => {
    app = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(async () => {
    await app.reset();
    grower = await registerAccount(app.gql, 'María Grower');
    roaster = await registerAccount(app.gql, 'Rita Roaster');
    growerOrg = await createSellerOrganisation(grower, 'Café Chiapas');
    roasterOrg = await createSellerOrganisation(roaster, 'Rösterei Kreuzberg');
    page = await browser.newPage({ locale: 'en-GB' });
  });
  afterEach(() => page?.close());

  async function logIn(account: TestAccount, next: string): Promise<void> {
    await page.goto(`${app.baseUrl}/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Email', { exact: true }).fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname === next);
  }

  it('shows a product’s provenance: steps with place, actor, time, certificate and attestation, and a map of the route', async () => {
    const { coffee } = await createCategories(app.dataSource, { coffee: 'Coffee' });
    const productId = await createActiveProduct(grower, growerOrg, {
      title: 'Highland coffee',
      categoryId: coffee,
      priceCents: 1290,
    });
    const { createProvenanceLot: lot } = await grower.gql.ok<{ createProvenanceLot: { id: string } }>(
      `mutation($input: CreateLotInput!) { createProvenanceLot(input: $input) { id } }`,
      {
        input: { organisationId: growerOrg, code: 'CH-1', name: 'Arabica', custodyModel: 'SEGREGATED', productIds: [productId] },
      },
    );
    const append = (input: Record<string, unknown>) =>
      grower.gql.ok<{ appendProvenanceRecord: { id: string } }>(APPEND, { lotId: lot.id, input });
    const origin = await append({ kind: 'ORIGIN', occurredAt: '2026-01-12T14:00:00Z', place: FINCA, description: 'Hand-picked' });
    await append({
      kind: 'CERTIFICATION',
      occurredAt: '2026-01-20T10:00:00Z',
      place: FINCA,
      certification: {
        certifier: 'FLOCERT',
        certificateId: 'FLO 3021',
        standard: 'Fairtrade',
        scope: 'LOT',
        validFrom: '2025-01-01',
        validTo: '2099-12-31',
      },
    });
    await append({
      kind: 'TRANSPORT',
      occurredAt: '2026-03-04T07:00:00Z',
      place: HAMBURG,
      transport: { from: VERACRUZ, mode: 'SEA' },
    });
    await roaster.gql.ok(
      `mutation($recordId: ID!, $organisationId: ID!) { attestProvenanceRecord(recordId: $recordId, organisationId: $organisationId, statement: "Visited") { id } }`,
      { recordId: origin.appendProvenanceRecord.id, organisationId: roasterOrg },
    );

    await page.goto(`${app.baseUrl}/products/${productId}`);
    const provenance = page.getByTestId('provenance');
    await provenance.getByRole('heading', { name: 'Where it comes from' }).waitFor();
    expect(await page.getByTestId('provenance-origin').textContent()).toBe('Finca La Esperanza, Mexico · Café Chiapas');
    expect(await page.getByTestId('provenance-traceable').textContent()).toBe('Physically traceable to its origin');
    expect(Number((await page.getByTestId('provenance-distance').textContent())!.replace(/\D/g, ''))).toBeGreaterThan(9000);

    const steps = page
      .getByTestId('timeline')
      .getByRole('listitem')
      .filter({ has: page.locator('.step-head') });
    expect(await steps.locator('.step-head strong').allTextContents()).toEqual(['Origin', 'Certification', 'Transport']);
    const first = steps.first();
    expect(await first.locator('.step-head time').textContent()).toBe('Jan 12, 2026');
    expect(await first.locator('.step-place').textContent()).toBe('Finca La Esperanza, Mexico');
    expect(await first.locator('.step-actor').textContent()).toBe('Café Chiapas');
    expect(await first.locator('.certificate').textContent()).toBe('Fairtrade: valid');
    expect(await first.locator('.attestation').textContent()).toBe('Attested by Rösterei Kreuzberg: “Visited”');
    expect(await steps.nth(2).locator('.attestation').textContent()).toBe('Not attested by anyone else');
    expect(await steps.nth(2).locator('.step-place').textContent()).toMatch(
      /^Port of Veracruz → Port of Hamburg, Germany \([\d,]+ km, by sea\)$/,
    );

    const map = page.getByTestId('route-map');
    expect(await map.getAttribute('aria-label')).toBe('Map of the route the goods travelled');
    expect(await map.locator('path.land').getAttribute('d')).toMatch(/^M/);
    expect(await map.locator('path.route').getAttribute('d')).toMatch(/^M/);
    expect(await map.locator('.stop circle').count()).toBe(3);
  });

  it('adds records in the dashboard, shows why one was refused, and lets another co-op attest them', async () => {
    await logIn(grower, '/dashboard/provenance');
    await page.getByLabel('Lot number').fill('CH-2');
    await page.getByLabel('What it is').fill('Green coffee');
    await page.getByLabel('Chain of custody').selectOption({ label: 'Identity preserved' });
    await page.getByRole('button', { name: 'Create lot' }).click();
    await page.getByRole('heading', { name: 'CH-2 · Green coffee' }).waitFor();

    const addRecord = async (kind: string, when: string, description = '') => {
      await page.getByLabel('Kind of record').selectOption({ label: kind });
      await page.locator('#field-description').fill(description);
      await page.getByLabel('When (UTC)').fill(when);
      await page.getByLabel('Place', { exact: true }).fill('Finca La Esperanza');
      await page.locator('#field-placeCountry').fill('MX');
      await page.locator('#field-placeLatitude').fill('15.17');
      await page.locator('#field-placeLongitude').fill('-92.34');
      await page.getByRole('button', { name: 'Add record' }).click();
    };
    await addRecord('Origin', '2026-01-12T14:00', 'Picked by hand');
    await page.getByTestId('lot-records').locator('[data-kind="ORIGIN"]').waitFor();
    // Saved: the form starts empty, so the description is not copied into the next record.
    expect(await page.locator('#field-description').inputValue()).toBe('');
    expect(await page.locator('#field-placeName').inputValue()).toBe('');

    await addRecord('Inspection', '2025-12-01T09:00');
    expect(await page.getByRole('alert').textContent()).toContain('before the chain');
    expect(await page.getByTestId('lot-records').getByRole('listitem').count()).toBe(1);

    const lotUrl = new URL(page.url());
    await page.context().clearCookies();
    await logIn(roaster, '/dashboard');
    await page.goto(`${app.baseUrl}${lotUrl.pathname}?org=${roasterOrg}`);
    await page.getByText('Another organisation holds this lot now').waitFor();
    await page.getByLabel('What you checked').fill('Visited the farm');
    await page.getByRole('button', { name: 'Attest 1' }).click();
    await page.getByTestId('lot-records').getByText('Attested by Rösterei Kreuzberg: “Visited the farm”').waitFor();
  });

  it('refuses a record dated in the future in German, and hands the lot over to an organisation picked by name', async () => {
    await page.close();
    page = await browser.newPage({ locale: 'de-DE' });
    await page.goto(`${app.baseUrl}/login?next=${encodeURIComponent('/dashboard/provenance')}`);
    await page.locator('#field-email').fill(grower.email);
    await page.locator('#field-password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard/provenance');
    await page.locator('#field-code').fill('CH-3');
    await page.locator('#field-name').fill('Rohkaffee');
    await page.getByRole('button', { name: 'Charge anlegen' }).click();
    await page.getByRole('heading', { name: 'CH-3 · Rohkaffee' }).waitFor();

    const addRecord = async (kind: string, when: string) => {
      await page.locator('#field-kind').selectOption(kind);
      await page.locator('#field-occurredAt').fill(when);
      await page.locator('#field-placeName').fill('Finca La Esperanza');
      await page.locator('#field-placeCountry').fill('MX');
    };
    await addRecord('ORIGIN', '2027-06-01T09:00');
    await page.locator('form[aria-labelledby="append-title"] button[type="submit"]').click();
    await page.locator('#field-occurredAt-error').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('Bitte korrigiere die markierten Felder.');
    expect(await page.locator('#field-occurredAt-error').textContent()).toBe(
      'Ein Schritt darf höchstens einen Tag in der Zukunft liegen: gib die Zeit an, zu der er geschah.',
    );
    expect(await page.getByTestId('lot-records').getByRole('listitem').count()).toBe(0);

    await addRecord('ORIGIN', '2026-01-12T14:00');
    await page.locator('form[aria-labelledby="append-title"] button[type="submit"]').click();
    await page.getByTestId('lot-records').locator('[data-kind="ORIGIN"]').waitFor();

    await addRecord('CUSTODY_TRANSFER', '2026-02-01T10:00');
    const receiver = page.getByLabel('Übergeben an');
    expect(await receiver.locator('option').allTextContents()).toContain('Rösterei Kreuzberg');
    expect(await receiver.locator('option').allTextContents()).not.toContain('Café Chiapas');
    await receiver.selectOption({ label: 'Rösterei Kreuzberg' });
    await page.locator('form[aria-labelledby="append-title"] button[type="submit"]').click();
    await page.getByTestId('lot-records').locator('[data-kind="CUSTODY_TRANSFER"]').waitFor();
    const [{ name }] = await app.dataSource.query<{ name: string }[]>(
      `SELECT o.name FROM provenance_lot l JOIN organisation o ON o.id = l.custodian_organisation_id WHERE l.code = 'CH-3'`,
    );
    expect(name).toBe('Rösterei Kreuzberg');
  });
});
