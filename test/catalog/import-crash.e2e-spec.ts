import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  AppProcess,
  freePort,
  createCategories,
  createSellerOrganisation,
  GraphqlClient,
  registerAccount,
  startAppProcess,
  testAppEnv,
  truncateAll,
  workerDatabaseUrl,
} from '@allmende/testing';

/** 2,000 rows; every 250th (i = 0, 250, ..., 1750: lines 2, 252, ..., 1752) has a negative price. */
function bulkFile(): string {
  const header = 'sku,title,description,category,price,vat_rate,stock';
  const rows = Array.from({ length: 2000 }, (_, i) => {
    const price = i % 250 === 0 ? '-1.00' : `${1 + Math.floor(i / 100)}.${String(i % 100).padStart(2, '0')}`;
    return `CRASH-${i},Crash item ${i},"Row ${i}",tea,${price},19,${i}`;
  });
  return `${[header, ...rows].join('\n')}\n`;
}

/**
 * The CSV import as a job in a process of its own: killed (SIGKILL) after 500 of 2,000 rows,
 * started again, it resumes after the last row that committed and ends as an uninterrupted
 * import does (test/catalog/csv-import imports the same kind of file without a crash).
 */
describe('catalog: a CSV import interrupted by a crash resumes after restart', () => {
  let db: DataSource;
  let databaseUrl: string;
  let port: string;
  let api: AppProcess;

  // Jobs of a killed process count as lost after 3 s (the default is 15 minutes).
  const start = async () => {
    api = await startAppProcess('api', testAppEnv(databaseUrl, { PORT: port, JOB_EXPIRE_SECONDS: '3' }));
  };

  beforeAll(async () => {
    databaseUrl = await workerDatabaseUrl();
    db = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
    await truncateAll(db);
    port = String(await freePort());
    await start();
  }, 120_000);
  afterAll(async () => {
    await api?.kill();
    await db?.destroy();
  });

  it('is killed after 500 of 2,000 rows and ends DONE with every row counted once, as without the crash', async () => {
    const url = `http://127.0.0.1:${port}`;
    await createCategories(db, { tea: 'Tea' });
    const owner = await registerAccount(new GraphqlClient(url), 'Import Owner');
    const organisationId = await createSellerOrganisation(owner, 'Teekontor');
    const upload = await request(url)
      .post('/catalog/imports')
      .query({ organisationId, fileName: 'crash.csv' })
      .set('Authorization', `Bearer ${owner.token}`)
      .set('Content-Type', 'text/csv')
      .send(bulkFile());
    expect(upload.status).toBe(202);
    const id: string = upload.body.id;
    const progress = async () =>
      (await db.query(`SELECT status, rows_processed FROM product_import WHERE id = $1`, [id]))[0] as {
        status: string;
        rows_processed: number;
      };

    for (const deadline = Date.now() + 120_000; (await progress()).rows_processed < 500;) {
      if (Date.now() > deadline) throw new Error('the import did not reach 500 rows');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    api.freeze();
    await api.kill();
    const atCrash = await progress();
    expect(atCrash.status).toBe('RUNNING');
    expect(atCrash.rows_processed).toBeGreaterThanOrEqual(500);
    expect(atCrash.rows_processed).toBeLessThan(2000);
    // What committed is exactly what was counted: one product per good row before the crash.
    const [{ before }] = await db.query(`SELECT count(*)::int AS before FROM product WHERE seller_id = $1`, [organisationId]);
    expect(before).toBe(atCrash.rows_processed - Math.ceil(atCrash.rows_processed / 250));

    await start();
    let report: Record<string, unknown>;
    for (const deadline = Date.now() + 200_000; ;) {
      const { productImport } = await owner.gql.ok<{ productImport: Record<string, unknown> }>(
        `query($id: ID!) { productImport(id: $id) { status rowsTotal rowsProcessed created updated unchanged failed errors { line column reason } } }`,
        { id },
      );
      report = productImport;
      if (report.status !== 'RUNNING') break;
      if (Date.now() > deadline) throw new Error('the import did not finish after the restart');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(report).toMatchObject({
      status: 'DONE',
      rowsTotal: 2000,
      rowsProcessed: 2000,
      created: 1992,
      updated: 0,
      unchanged: 0,
      failed: 8,
    });
    const errors = report.errors as { line: number; column: string | null }[];
    expect(errors.map((error) => [error.line, error.column])).toEqual(
      [2, 252, 502, 752, 1002, 1252, 1502, 1752].map((line) => [line, 'price']),
    );
    // 1,992 listings; stock i per row: 0 + ... + 1999 less the eight bad rows (7,000) = 1,992,000;
    // prices 1.00 + i/100 (whole part) + i % 100 cents: 2,199,000 for all less the bad rows' 7,800.
    const [products] = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT sku)::int AS skus, sum(stock)::int AS stock, sum(price_amount)::int AS prices
         FROM product WHERE seller_id = $1`,
      [organisationId],
    );
    expect(products).toEqual({ n: 1992, skus: 1992, stock: 1_992_000, prices: 2_191_200 });
    const [stored] = await db.query(`SELECT file IS NULL AS dropped FROM product_import WHERE id = $1`, [id]);
    expect(stored.dropped).toBe(true);
  }, 360_000);
});
