import iconv from 'iconv-lite';
import { CsvRow, IMPORT_TEMPLATE, openCsv, rowToFields } from './product-csv';

async function rows(file: Buffer | string): Promise<CsvRow[]> {
  const read: CsvRow[] = [];
  for await (const row of openCsv(Buffer.from(file)).rows()) read.push(row);
  return read;
}

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('product CSV', () => {
  it('numbers rows by physical line across blank lines, CRLF, a multi-line field and bad rows', async () => {
    const file = 'sku;title\r\n\r\nA;Alpha\r\nB\r\n"C";"two\r\nlines"\r\n;\r\nD;Delta;extra\r\nE;Echo';
    expect(await rows(file)).toEqual([
      { line: 3, cells: { sku: 'A', title: 'Alpha' } },
      { line: 4, problem: 'has 1 fields where the header has 2' },
      { line: 5, cells: { sku: 'C', title: 'two\nlines' } },
      { line: 8, problem: 'has 3 fields where the header has 2' },
      { line: 9, cells: { sku: 'E', title: 'Echo' } },
    ]);
  });

  it('keeps lines and characters whole where the file is cut into read chunks', async () => {
    const chunk = 64 * 1024; // the size openCsv reads in
    const header = 'sku,title\r\n';
    // The first row's CR ends the first chunk; the second row's ü starts on the second chunk's last byte.
    const first = `S1,${'x'.repeat(chunk - 1 - header.length - 3)}\r\n`;
    const second = `S2,${'y'.repeat(chunk - 5)}ü\r\n`;
    const read = await rows(`${header}${first}${second}S3,Würze`);
    expect(read.map((row) => [row.line, 'cells' in row && row.cells.title?.slice(-5)])).toEqual([
      [2, 'xxxxx'],
      [3, 'yyyyü'],
      [4, 'Würze'],
    ]);
  });

  it('reads UTF-8 with a BOM and Windows-1252 alike', async () => {
    const text = 'SKU;Title\nK-1;Café Würze\n';
    for (const file of [Buffer.from(`\uFEFF${text}`), iconv.encode(text, 'win1252')]) {
      expect(await rows(file)).toEqual([{ line: 2, cells: { sku: 'K-1', title: 'Café Würze' } }]);
    }
  });

  it('refuses a file whose header cannot be imported', () => {
    expect(codeOf(() => openCsv(Buffer.from('')))).toBe('CSV_EMPTY');
    expect(codeOf(() => openCsv(Buffer.from('title,price\n')))).toBe('CSV_MISSING_COLUMNS');
    expect(codeOf(() => openCsv(Buffer.from('sku,prise\n')))).toBe('CSV_UNKNOWN_COLUMNS');
    expect(codeOf(() => openCsv(Buffer.from('sku,title,Title\n')))).toBe('CSV_UNKNOWN_COLUMNS');
    expect(openCsv(Buffer.from(IMPORT_TEMPLATE)).columns[0]).toBe('sku');
  });

  it('turns cells into listing fields and names every cell that means nothing', () => {
    const categories = new Map([['tea', 'category-id']]);
    expect(
      rowToFields(
        {
          sku: 'T-1',
          price: '4,50',
          vat_rate: '7',
          fair: 'Yes',
          unit: 'kg',
          image_urls: 'https://a.example/1.jpg | https://a.example/2.jpg',
        },
        categories,
      ),
    ).toEqual({
      fields: {
        sku: 'T-1',
        price: { amount: 450, currency: 'EUR' },
        vatRateBp: 700,
        fair: true,
        unit: 'KG',
        images: [
          { url: 'https://a.example/1.jpg', alt: '' },
          { url: 'https://a.example/2.jpg', alt: '' },
        ],
      },
      problems: [],
    });
    expect(
      rowToFields({ sku: '', category: 'spices', stock: '2.5', fair: 'maybe', price: '1', currency: 'XYZ' }, categories).problems,
    ).toEqual([
      { column: 'sku', reason: 'is required' },
      { column: 'category', reason: 'unknown category spices' },
      { column: 'currency', reason: '"XYZ" is not an ISO 4217 currency code' },
      { column: 'stock', reason: 'must be a whole number, not "2.5"' },
      { column: 'fair', reason: 'must be yes or no, not "maybe"' },
    ]);
  });
});
