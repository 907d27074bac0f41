import { isUtf8 } from 'node:buffer';
import { Readable, Transform } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { DomainError, parseMoney } from '@allmende/core';
import type { ProductFieldsInput } from '../api/dto/product.inputs';

type CellKind =
  'sku' | 'text' | 'code' | 'boolean' | 'integer' | 'decimal' | 'percent' | 'category' | 'price' | 'currency' | 'urls';

interface ImportColumn {
  name: string;
  /** The ProductFieldsInput field the column fills. */
  field: keyof ProductFieldsInput;
  kind: CellKind;
  description: string;
  examples: readonly [string, string];
  required?: true;
}

/**
 * The columns of a product CSV, in template order (header names are case-insensitive). An empty
 * cell leaves the field as it is, so a file with only `sku` and `stock` updates stock alone.
 */
export const IMPORT_COLUMNS = [
  {
    name: 'sku',
    field: 'sku',
    kind: 'sku',
    required: true,
    description: 'Your own article number: a row updates your listing with this SKU, or creates it',
    examples: ['COF-250', 'TEA-100'],
  },
  {
    name: 'title',
    field: 'title',
    kind: 'text',
    description: 'Needed for a new listing',
    examples: ['Highland coffee, whole beans', 'Darjeeling first flush'],
  },
  {
    name: 'description',
    field: 'description',
    kind: 'text',
    description: 'What buyers read',
    examples: ['Washed arabica from Chiapas.', 'Picked in March, light and floral.'],
  },
  { name: 'category', field: 'categoryId', kind: 'category', description: 'Category slug', examples: ['coffee', 'tea'] },
  {
    name: 'price',
    field: 'price',
    kind: 'price',
    description: 'Gross price with VAT, as 12.99 or 12,99; needed for a new listing',
    examples: ['11.90', '7,50'],
  },
  {
    name: 'currency',
    field: 'price',
    kind: 'currency',
    description: 'ISO 4217 code of the price; EUR when empty',
    examples: ['EUR', 'EUR'],
  },
  {
    name: 'vat_rate',
    field: 'vatRateBp',
    kind: 'percent',
    description: 'VAT in percent, e.g. 19 or 7; needed for a new listing',
    examples: ['7', '7'],
  },
  {
    name: 'stock',
    field: 'stock',
    kind: 'integer',
    description:
      'Items in stock, a whole number. No column sets the state: new listings are drafts, and with the import option publish=true a complete row with stock above 0 goes on sale',
    examples: ['40', '25'],
  },
  { name: 'condition', field: 'condition', kind: 'code', description: 'new or used; new when empty', examples: ['new', 'new'] },
  {
    name: 'fair',
    field: 'fair',
    kind: 'boolean',
    description: 'yes or no (also true/false, 1/0); a fair listing needs its fair_seal',
    examples: ['yes', 'no'],
  },
  {
    name: 'fair_seal',
    field: 'fairSeal',
    kind: 'text',
    description: 'E.g. Fairtrade, WFTO, Naturland Fair',
    examples: ['Fairtrade', ''],
  },
  {
    name: 'ecological',
    field: 'ecological',
    kind: 'boolean',
    description: 'yes or no; an ecological listing needs its ecological_seal',
    examples: ['yes', 'no'],
  },
  {
    name: 'ecological_seal',
    field: 'ecologicalSeal',
    kind: 'text',
    description: 'E.g. EU organic, Demeter, Bioland',
    examples: ['EU organic', ''],
  },
  {
    name: 'small_and_precious',
    field: 'smallAndPrecious',
    kind: 'boolean',
    description: 'yes when handmade or made on a small scale',
    examples: ['no', 'yes'],
  },
  {
    name: 'origin_region',
    field: 'originRegion',
    kind: 'text',
    description: 'Region of origin',
    examples: ['Chiapas', 'Darjeeling'],
  },
  {
    name: 'origin_country',
    field: 'originCountry',
    kind: 'code',
    description: 'Two-letter ISO 3166-1 country code',
    examples: ['MX', 'IN'],
  },
  {
    name: 'unit_quantity',
    field: 'unitQuantity',
    kind: 'decimal',
    description: 'Package content for the unit price, e.g. 0.25 with unit kg',
    examples: ['0.25', '100'],
  },
  { name: 'unit', field: 'unit', kind: 'code', description: 'kg, g, l, ml, m, cm or piece', examples: ['kg', 'g'] },
  {
    name: 'image_urls',
    field: 'images',
    kind: 'urls',
    description: 'http(s) picture URLs, separated by spaces or |; replace the gallery',
    examples: ['https://img.example/coffee.jpg', ''],
  },
] as const satisfies readonly ImportColumn[];

export type ImportColumnName = (typeof IMPORT_COLUMNS)[number]['name'];
const COLUMN_NAMES: readonly string[] = IMPORT_COLUMNS.map((column) => column.name);

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The downloadable template: the header and two example rows, comma-separated UTF-8. */
export const IMPORT_TEMPLATE = [
  COLUMN_NAMES,
  IMPORT_COLUMNS.map((column) => column.examples[0]),
  IMPORT_COLUMNS.map((column) => column.examples[1]),
]
  .map((row) => row.map(csvCell).join(','))
  .join('\n')
  .concat('\n');

/** The CSV column a ProductFieldsInput field comes from (price errors point at the price, not its currency). */
export function columnOfField(field: string): ImportColumnName | null {
  return IMPORT_COLUMNS.find((column) => column.field === field)?.name ?? null;
}

/** A data row by its physical line, as cells by column name, or the reason it could not be read. */
export type CsvRow = { line: number; cells: Partial<Record<ImportColumnName, string>> } | { line: number; problem: string };

type Encoding = 'utf8' | 'windows-1252';

export interface CsvFile {
  columns: ImportColumnName[];
  rows(): AsyncGenerator<CsvRow>;
}

const CHUNK_BYTES = 64 * 1024;

/**
 * Reads a product CSV's header and refuses the whole file up front when it cannot be imported
 * (CSV_EMPTY, CSV_BAD_HEADER, CSV_MISSING_COLUMNS, CSV_UNKNOWN_COLUMNS); its rows are then
 * parsed as a stream. Bytes that are valid UTF-8 are UTF-8, anything else is Windows-1252
 * (what Excel writes on German Windows).
 */
export function openCsv(file: Buffer): CsvFile {
  const encoding: Encoding = isUtf8(file) ? 'utf8' : 'windows-1252';
  const newline = file.indexOf(0x0a);
  const headerLine = iconv.decode(file.subarray(0, newline === -1 ? file.length : newline), encoding).trim();
  if (!headerLine) throw new DomainError('CSV_EMPTY', 'The file is empty; its first line must name the columns');
  // Excel writes `;` where the decimal separator is a comma, `,` elsewhere.
  const delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
  const columns = readHeader(headerLine, delimiter);
  return { columns, rows: () => readRows(file, encoding, delimiter, columns) };
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function readHeader(line: string, delimiter: string): ImportColumnName[] {
  let names: string[];
  try {
    [names] = parseSync(line, { delimiter, trim: true }) as string[][];
  } catch (error) {
    throw new DomainError('CSV_BAD_HEADER', `The header line cannot be read: ${(error as Error).message}`);
  }
  const columns = names.map((name) => name.toLowerCase());
  const missing = IMPORT_COLUMNS.filter((column) => 'required' in column && !columns.includes(column.name)).map((c) => c.name);
  if (missing.length) {
    throw new DomainError('CSV_MISSING_COLUMNS', `The header lacks required columns: ${missing.join(', ')}`, { missing });
  }
  // An unknown or repeated column would otherwise be dropped without a word.
  const unknown = columns.filter((name, index) => !COLUMN_NAMES.includes(name) || columns.indexOf(name) !== index);
  if (unknown.length) {
    throw new DomainError(
      'CSV_UNKNOWN_COLUMNS',
      `Unknown or repeated columns: ${unknown.join(', ')}; the columns are ${COLUMN_NAMES.join(', ')}`,
      { unknown },
    );
  }
  return columns as ImportColumnName[];
}

/** csv-parse counts lines reliably only with one record delimiter, so CRLF and CR become LF first. */
function normaliseLineEnds(): Transform {
  let pendingCr = false;
  return new Transform({
    decodeStrings: false,
    transform(chunk: string | Buffer, _encoding, done) {
      let text = (pendingCr ? '\r' : '') + String(chunk);
      pendingCr = text.endsWith('\r');
      if (pendingCr) text = text.slice(0, -1);
      done(null, text.replace(/\r\n?/g, '\n'));
    },
    flush(done) {
      done(null, pendingCr ? '\n' : undefined);
    },
  });
}

function newlinesIn(values: readonly string[]): number {
  return values.reduce((total, value) => total + count(value, '\n'), 0);
}

async function* readRows(
  file: Buffer,
  encoding: Encoding,
  delimiter: string,
  columns: ImportColumnName[],
): AsyncGenerator<CsvRow> {
  // Rows with the wrong number of fields (or broken quoting) are skipped by the parser and reported here, in line order.
  const skipped: CsvRow[] = [];
  const parser = parse({
    delimiter,
    record_delimiter: '\n',
    columns: () => columns,
    trim: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error: CsvError | undefined) => {
      if (!error) return;
      const fields = (error as CsvError & { record?: string[] }).record;
      skipped.push(
        error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && fields
          ? {
              // `lines` is where the record ends; a quoted field may span lines.
              line: (error.lines as number) - newlinesIn(fields),
              problem: `has ${fields.length} fields where the header has ${columns.length}`,
            }
          : { line: error.lines as number, problem: `cannot be read: ${error.message}` },
      );
    },
  });
  const chunks = function* () {
    for (let at = 0; at < file.length; at += CHUNK_BYTES) yield file.subarray(at, at + CHUNK_BYTES);
  };
  const records = Readable.from(chunks()).pipe(iconv.decodeStream(encoding)).pipe(normaliseLineEnds()).pipe(parser);
  for await (const { record, info } of records as AsyncIterable<{
    record: Record<ImportColumnName, string>;
    info: { lines: number };
  }>) {
    const line = info.lines - newlinesIn(Object.values(record));
    while (skipped.length && skipped[0].line < line) yield skipped.shift()!;
    yield { line, cells: record };
  }
  yield* skipped;
}

export interface RowProblem {
  column: ImportColumnName;
  reason: string;
}

const BOOLEANS: Record<string, boolean> = { yes: true, no: false, true: true, false: false, '1': true, '0': false };
const DECIMAL = /^-?\d+([.,]\d+)?$/;

/**
 * Turns a row's cells into plain ProductFieldsInput fields (validated afterwards with
 * class-validator), or says which cells cannot mean anything.
 */
export function rowToFields(
  cells: Partial<Record<ImportColumnName, string>>,
  categoryIds: ReadonlyMap<string, string>,
): { fields: Record<string, unknown>; problems: RowProblem[] } {
  const fields: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  for (const column of IMPORT_COLUMNS) {
    const cell = cells[column.name];
    if (column.kind === 'sku') {
      if (cell) fields.sku = cell;
      else problems.push({ column: column.name, reason: 'is required' });
      continue;
    }
    if (!cell || column.kind === 'currency') continue; // the currency is read with the price
    try {
      fields[column.field] = readCell(column.kind, cell, cells, categoryIds);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push({ column: error.code === 'INVALID_CURRENCY' ? 'currency' : column.name, reason: error.message });
    }
  }
  return { fields, problems };
}

function readCell(
  kind: Exclude<CellKind, 'sku' | 'currency'>,
  cell: string,
  cells: Partial<Record<ImportColumnName, string>>,
  categoryIds: ReadonlyMap<string, string>,
): unknown {
  const refuse = (reason: string): never => {
    throw new DomainError('BAD_CELL', reason);
  };
  switch (kind) {
    case 'text':
      return cell;
    case 'code':
      return cell.toUpperCase();
    case 'boolean':
      return BOOLEANS[cell.toLowerCase()] ?? refuse(`must be yes or no, not "${cell}"`);
    case 'integer':
      return /^-?\d+$/.test(cell) ? Number(cell) : refuse(`must be a whole number, not "${cell}"`);
    case 'decimal':
      return DECIMAL.test(cell) ? Number(cell.replace(',', '.')) : refuse(`must be a number such as 0.25, not "${cell}"`);
    case 'percent':
      return DECIMAL.test(cell)
        ? Math.round(Number(cell.replace(',', '.')) * 100)
        : refuse(`must be a percentage such as 19 or 7, not "${cell}"`);
    case 'category':
      return categoryIds.get(cell.toLowerCase()) ?? refuse(`unknown category ${cell}`);
    case 'price':
      return parseMoney(cell, (cells.currency || 'EUR').toUpperCase());
    case 'urls':
      return cell.split(/[\s|]+/).map((url) => ({ url, alt: '' }));
  }
}
