import iconv from 'iconv-lite';
import request from 'supertest';
import { ProductImportService } from '@allmende/catalog';
import {
  createCategories,
  createSellerOrganisation,
  createTestApp,
  registerAccount,
  TestAccount,
  TestApp,
} from '@allmende/testing';

const IMPORT = `query($id: ID!) {
  productImport(id: $id) {
    status rowsTotal rowsProcessed created updated unchanged failed errors { line column reason }
    publish drafts onSale keptAsDrafts { line column reason }
  }
}`;

interface ImportReport {
  status: string;
  rowsTotal: number | null;
  rowsProcessed: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: { line: number; column: string | null; reason: string }[];
  publish: boolean;
  drafts: number;
  onSale: number;
  keptAsDrafts: { line: number; column: string | null; reason: string }[];
}

/** A producer's export from Excel on German Windows: `;`, Windows-1252, CRLF, blank lines, a quoted field over two lines. */
function mixedFile(teaPrice = '4,50'): Buffer {
  const lines = [
    'SKU;Title;description;category;price;currency;vat_rate;stock;fair;fair_seal;image_urls',
    'CAF-1;Café Oro;Ganze Bohnen;coffee;12,99;EUR;7;10;yes;Fairtrade;https://img.example/a.jpg|https://img.example/b.jpg',
    '',
    `TEA-1;Würze Tee;Kräuter;tea;${teaPrice};;7;5;no;;`,
    'NEG-1;Bad price;x;tea;-3,00;EUR;7;1;no;;',
    'CAT-1;Unknown category;x;spices;2,00;EUR;7;1;no;;',
    'NOTITLE-1;;x;tea;2,00;EUR;7;1;no;;',
    'SHORT-1;Too few;tea;2,00',
    'FAIR-1;Fair claim;x;tea;3,00;EUR;7;1;yes;;',
    '',
    'GEW-1;"Würze ""scharf""; mild";"Zwei',
    'Zeilen";coffee;5;EUR;19;3;0;;',
    'STOCK-1;Stock;x;tea;1,00;EUR;7;-2;no;;',
    'SPICE-1;Würzmischung;Für Suppen;coffee;3,20;EUR;7;8;1;Naturland Fair;',
    '',
  ];
  return iconv.encode(lines.join('\r\n'), 'win1252');
}

const MIXED_GOOD_SKUS = ['CAF-1', 'GEW-1', 'SPICE-1', 'TEA-1'];

describe('catalog: CSV import', () => {
  let app: TestApp;
  let owner: TestAccount;
  let organisationId: string;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    await createCategories(app.dataSource, { coffee: 'Coffee', tea: 'Tea' });
    owner = await registerAccount(app.gql, 'Import Owner');
    organisationId = await createSellerOrganisation(owner, 'Gewürzkontor');
  });

  function upload(token: string | null, body: Buffer | string, query: Record<string, string> = {}) {
    const call = request(app.server.app.getHttpServer()).post('/catalog/imports').query(query).set('Content-Type', 'text/csv');
    return (token ? call.set('Authorization', `Bearer ${token}`) : call).send(body);
  }

  async function runImport(body: Buffer | string, query: Record<string, string> = { organisationId }): Promise<ImportReport> {
    const response = await upload(owner.token, body, query);
    expect(response.status).toBe(202);
    return finished(owner, response.body.id);
  }

  /** Polls the import until it is no longer RUNNING; `progress` collects the rowsProcessed seen on the way. */
  async function finished(account: TestAccount, id: string, progress: number[] = []): Promise<ImportReport> {
    // Generous: this checks that the import finishes, not how fast (that is bench/'s job).
    for (const deadline = Date.now() + 200_000; Date.now() < deadline;) {
      const { productImport } = await account.gql.ok<{ productImport: ImportReport }>(IMPORT, { id });
      if (productImport.status !== 'RUNNING') return productImport;
      progress.push(productImport.rowsProcessed);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`import ${id} did not finish`);
  }

  const productsByUpdate = () =>
    app.dataSource.query<{ sku: string; updated_at: Date; price_amount: string }[]>(
      `SELECT sku, updated_at, price_amount FROM product ORDER BY sku`,
    );

  it('reports every bad row by line, column and reason, and creates every good one with its text decoded', async () => {
    const report = await runImport(mixedFile());

    expect(report).toMatchObject({ status: 'DONE', rowsTotal: 10, rowsProcessed: 10, created: 4, updated: 0, failed: 6 });
    expect(report.errors).toEqual([
      { line: 5, column: 'price', reason: 'A listing needs a price above zero' },
      { line: 6, column: 'category', reason: 'unknown category spices' },
      { line: 7, column: 'title', reason: 'A listing needs a title' },
      { line: 8, column: null, reason: 'This row has 4 fields where the header has 11' },
      { line: 9, column: 'fair_seal', reason: expect.stringContaining('fair seal') },
      { line: 13, column: 'stock', reason: 'cannot be negative' },
    ]);
    const rows = await app.dataSource.query(
      `SELECT sku, title, description, price_amount::int AS price, vat_rate_bp, stock, fair, fair_seal, seller_id,
              (SELECT count(*)::int FROM product_image i WHERE i.product_id = p.id) AS images
         FROM product p ORDER BY sku`,
    );
    expect(rows.map((row: { sku: string }) => row.sku)).toEqual(MIXED_GOOD_SKUS);
    expect(rows).toEqual([
      expect.objectContaining({ sku: 'CAF-1', title: 'Café Oro', price: 1299, vat_rate_bp: 700, fair: true, images: 2 }),
      expect.objectContaining({ sku: 'GEW-1', title: 'Würze "scharf"; mild', description: 'Zwei\nZeilen', price: 500 }),
      expect.objectContaining({ sku: 'SPICE-1', title: 'Würzmischung', description: 'Für Suppen', fair_seal: 'Naturland Fair' }),
      expect.objectContaining({ sku: 'TEA-1', title: 'Würze Tee', description: 'Kräuter', price: 450, stock: 5, fair: false }),
    ]);
    expect(rows.every((row: { seller_id: string }) => row.seller_id === organisationId)).toBe(true);
  });

  /**
   * Worked out by hand: lines 2 and 6 are complete with stock (on sale); line 3 has no stock, line 4 no
   * description, line 5 no category (drafts, with why); line 7 has a negative price (not imported).
   */
  const STATES_FILE = [
    'sku,title,description,category,price,vat_rate,stock',
    'ON-1,Highland coffee,Whole beans,coffee,10.00,7,5',
    'NOSTOCK-1,Green tea,Loose leaf,tea,4.00,7,0',
    'NODESC-1,Black tea,,tea,5.00,7,3',
    'NOCAT-1,Cocoa,Powder,,3.00,7,2',
    'ON-2,Rooibos,Red bush,tea,3.50,7,4',
    'BAD-1,Bad price,x,tea,-1.00,7,1',
    '',
  ].join('\n');

  const statesBySku = async () =>
    Object.fromEntries(
      (await app.dataSource.query<{ sku: string; state: string }[]>(`SELECT sku, state FROM product`)).map((row) => [
        row.sku,
        row.state,
      ]),
    );

  it('with publish, puts every valid row on sale and keeps the others as drafts, saying why', async () => {
    const report = await runImport(STATES_FILE, { organisationId, publish: 'true' });

    expect(report).toMatchObject({ status: 'DONE', publish: true, created: 5, failed: 1, drafts: 3, onSale: 2 });
    expect(report.keptAsDrafts).toEqual([
      { line: 3, column: null, reason: 'Add stock before the listing goes live' },
      { line: 4, column: null, reason: 'Complete the listing before it goes live: description' },
      { line: 5, column: null, reason: 'Complete the listing before it goes live: categoryId' },
    ]);
    expect(await statesBySku()).toEqual({
      'ON-1': 'ACTIVE',
      'ON-2': 'ACTIVE',
      'NOSTOCK-1': 'DRAFT',
      'NODESC-1': 'DRAFT',
      'NOCAT-1': 'DRAFT',
    });
    const published = await app.dataSource.query(`SELECT count(*)::int AS n FROM product WHERE published_at IS NOT NULL`);
    expect(published).toEqual([{ n: 2 }]);

    // Again with publish: nothing changes, and the counts say the same.
    const again = await runImport(STATES_FILE, { organisationId, publish: 'true' });
    expect(again).toMatchObject({ unchanged: 5, drafts: 3, onSale: 2 });
  });

  it('without publish, imports every valid row as a draft and the report says so', async () => {
    const report = await runImport(STATES_FILE);

    expect(report).toMatchObject({ status: 'DONE', publish: false, created: 5, failed: 1, drafts: 5, onSale: 0 });
    expect(report.keptAsDrafts).toEqual([]);
    expect(new Set(Object.values(await statesBySku()))).toEqual(new Set(['DRAFT']));

    // A later import with publish puts the drafts that can go on sale on sale.
    const published = await runImport(STATES_FILE, { organisationId, publish: 'true' });
    expect(published).toMatchObject({ unchanged: 5, drafts: 3, onSale: 2 });
  });

  it('changes nothing when the same file comes again, and only what changed when one price does', async () => {
    await runImport(mixedFile());
    const before = await productsByUpdate();

    const again = await runImport(mixedFile());
    expect(again).toMatchObject({ status: 'DONE', created: 0, updated: 0, unchanged: 4, failed: 6 });
    expect(await productsByUpdate()).toEqual(before);

    const changed = await runImport(mixedFile('4,90'));
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 3, failed: 6 });
    const after = await productsByUpdate();
    for (const [index, product] of after.entries()) {
      if (product.sku === 'TEA-1') {
        expect(product.price_amount).toBe('490');
        expect(product.updated_at.getTime()).toBeGreaterThan(before[index].updated_at.getTime());
      } else {
        expect(product).toEqual(before[index]);
      }
    }
  });

  it('refuses a file without a required column before writing anything', async () => {
    const response = await upload(owner.token, 'title,price\nCoffee,12.99\n', { organisationId });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'CSV_MISSING_COLUMNS', missing: ['sku'] });
    expect(response.body.message).toContain('sku');
    const [{ products, imports }] = await app.dataSource.query(
      `SELECT (SELECT count(*)::int FROM product) AS products, (SELECT count(*)::int FROM product_import) AS imports`,
    );
    expect({ products, imports }).toEqual({ products: 0, imports: 0 });
  });

  it('serves a template that imports cleanly', async () => {
    const response = await request(app.server.app.getHttpServer()).get('/catalog/imports/template.csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.text.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^sku,title,description,category,price,currency,vat_rate,/);

    const report = await runImport(response.text, {});
    expect(report).toMatchObject({ status: 'DONE', created: 2, failed: 0, errors: [] });
  });

  it('lets only the uploader and the organisation’s people import for it and read the report', async () => {
    const stranger = await registerAccount(app.gql, 'Stranger');
    const file = 'sku,title,price,vat_rate\nX-1,Tea,3.50,7\n';

    const anonymous = await upload(null, file, { organisationId });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    expect((await upload('not-a-token', file, { organisationId })).body.code).toBe('UNAUTHENTICATED');

    const refused = await upload(stranger.token, file, { organisationId });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');

    const response = await upload(owner.token, file, { organisationId });
    expect(response.status).toBe(202);
    await finished(owner, response.body.id);
    expect(await stranger.gql.errorCode(IMPORT, { id: response.body.id })).toBe('FORBIDDEN');
    expect(await app.gql.errorCode(IMPORT, { id: response.body.id })).toBe('UNAUTHENTICATED');

    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM product`);
    expect(n).toBe(1);
  });

  it('retries a row that fails for a reason of ours, then marks the import FAILED with the error on its line', async () => {
    // The database refuses one product (as a full disk or a lost connection would), every time.
    await app.dataSource.query(`
      CREATE FUNCTION fault_refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'injected: the disk is full'; END $$;
      CREATE TRIGGER fault_refuse_boom BEFORE INSERT ON product FOR EACH ROW WHEN (NEW.sku = 'BOOM-1')
        EXECUTE FUNCTION fault_refuse_boom();`);
    try {
      const header = 'sku,title,description,category,price,vat_rate,stock';
      const file = [header, 'OK-1,First,x,tea,1.00,19,1', 'BOOM-1,Second,x,tea,2.00,19,1', 'OK-2,Third,x,tea,3.00,19,1'];
      const report = await runImport(file.join('\n'));
      expect(report).toMatchObject({ status: 'FAILED', rowsTotal: null, rowsProcessed: 1, created: 1, failed: 0 });
      expect(report.errors).toEqual([
        {
          line: 3,
          column: null,
          reason: expect.stringMatching(/^The import stopped here after 3 attempts \(.*injected: the disk is full.*\)/),
        },
      ]);
      // Three runs of the one job (the first and two retries), each resuming at line 3.
      const [job] = await app.dataSource.query(
        `SELECT retry_count, state FROM pgboss.job WHERE name = 'catalog.import-products'`,
      );
      expect(job).toEqual({ retry_count: 2, state: 'completed' });
      expect((await productsByUpdate()).map((p) => p.sku)).toEqual(['OK-1']);
    } finally {
      await app.dataSource.query(`DROP TRIGGER fault_refuse_boom ON product; DROP FUNCTION fault_refuse_boom();`);
    }
  }, 60_000);

  it('marks an import FAILED whose job was lost for good, with the reason, instead of leaving it RUNNING', async () => {
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO product_import (seller_id, seller_kind, account_id, status, rows_processed, created_at)
       VALUES ($1, 'ORGANISATION', $2, 'RUNNING', 40, now() - interval '2 minutes') RETURNING id`,
      [organisationId, owner.id],
    );
    expect(await app.server.app.get(ProductImportService).watch()).toBe(1);
    const { productImport } = await owner.gql.ok<{ productImport: ImportReport }>(IMPORT, { id });
    expect(productImport).toMatchObject({
      status: 'FAILED',
      rowsProcessed: 40,
      errors: [{ line: 42, column: null, reason: 'The import stopped here: its job was lost; the rows before were imported' }],
    });
  });

  it('imports a large comma-separated UTF-8 file in the background, with progress up to the total', async () => {
    const header = 'sku,title,description,category,price,vat_rate,stock';
    const rows = Array.from(
      { length: 2000 },
      (_, i) =>
        `BULK-${i},Bulk item ${i} – café,"Row ${i}, fine",tea,${1 + Math.floor(i / 100)}.${String(i % 100).padStart(2, '0')},19,${i}`,
    );
    const response = await upload(owner.token, `\uFEFF${[header, ...rows].join('\n')}\n`, {
      organisationId,
      fileName: 'bulk.csv',
    });
    expect(response.status).toBe(202);

    const progress: number[] = [];
    const report = await finished(owner, response.body.id, progress);
    expect(progress.some((rows) => rows > 0 && rows < 2000)).toBe(true);
    expect(report).toMatchObject({ status: 'DONE', rowsTotal: 2000, rowsProcessed: 2000, created: 2000, failed: 0 });
    const [row] = await app.dataSource.query(
      `SELECT title, description, price_amount::int AS price FROM product WHERE sku = 'BULK-1999'`,
    );
    expect(row).toEqual({ title: 'Bulk item 1999 – café', description: 'Row 1999, fine', price: 2099 });
    const [stored] = await app.dataSource.query(`SELECT file_name, finished_at FROM product_import WHERE id = $1`, [
      response.body.id,
    ]);
    expect(stored.file_name).toBe('bulk.csv');
    expect(stored.finished_at).not.toBeNull();
  }, 240_000);
});
